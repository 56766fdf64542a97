package io.tracker.forms;

import io.tracker.ledger.Status;
import java.util.List;
import java.util.Optional;

/** Where things are in a report form; shared by the writer and the reader. */
final class FormLayout {
  /** The sheet a unit fills in. */
  static final String SHEET = "填报";
  /** The sheet listing the tasks the unit co-operates on. */
  static final String CO_SHEET = "配合任务";
  /** The hidden sheet holding what the form is: unit, as-of date, book. */
  static final String META_SHEET = "_tracker";
  /** Text in A1 of the hidden sheet: this is a tracker form, layout version 1. */
  static final String META_MARK = "tracker 填报表 v1";

  static final int TITLE_ROW = 0;
  static final int NOTE_ROW = 1;
  static final int HEADER_ROW = 2;
  static final int FIRST_DATA_ROW = 3;

  static final int NUMBER = 0;
  static final int TASK = 1;
  static final int METRIC = 2;
  static final int TARGET = 3;
  static final int SCHEDULE = 4;
  static final int PREVIOUS = 5;
  static final int VALUE = 6;
  static final int STATUS = 7;
  static final int PERCENT = 8;
  static final int NOTE = 9;
  static final int PROBLEMS = 10;
  static final int NEXT_STEPS = 11;
  /** Hidden: the task's id, so that rows may be moved or sorted. */
  static final int KEY_TASK = 12;
  /** Hidden: the target's 1-based position, empty for a task without targets. */
  static final int KEY_TARGET = 13;

  static final List<String> HEADERS = List.of("序号", "任务", "指标", "目标", "时序进度", "上期完成", "本期完成值",
      "状态", "完成百分比", "进展情况", "存在问题", "下一步措施", "任务编号", "目标序号");

  /** Column widths in characters of Latin text (a 汉字 takes two). */
  static final int[] WIDTHS = {6, 40, 16, 24, 9, 14, 12, 9, 10, 30, 24, 24, 8, 8};

  /** The drop-down of 状态, in this order. */
  static final List<String> STATUS_LABELS = List.of("未开始", "进行中", "已完成", "受阻");

  private FormLayout() {}

  static String label(Status status) {
    return switch (status) {
      case NOT_STARTED -> "未开始";
      case IN_PROGRESS -> "进行中";
      case DONE -> "已完成";
      case BLOCKED -> "受阻";
    };
  }

  /** The status a label names; also the ledger's own words 未启动 and 推进中. */
  static Optional<Status> status(String label) {
    for (Status s : Status.values()) {
      if (label(s).equals(label)) {
        return Optional.of(s);
      }
    }
    return switch (label) {
      case "未启动" -> Optional.of(Status.NOT_STARTED);
      case "推进中" -> Optional.of(Status.IN_PROGRESS);
      default -> Optional.empty();
    };
  }
}
