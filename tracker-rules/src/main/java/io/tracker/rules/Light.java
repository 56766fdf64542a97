package io.tracker.rules;

/** Traffic light (亮灯) of a task or flag, from least to most severe. */
public enum Light {
  /** 绿灯: on track. */
  GREEN,
  /** 蓝灯: attention (due soon, no lead unit). */
  BLUE,
  /** 黄灯: lagging. */
  YELLOW,
  /** 橙灯: between yellow and red, for five-colour systems (五色); the default rules never raise it. */
  ORANGE,
  /** 红灯: severely lagging or overdue. */
  RED;

  /** The more severe of this and {@code other}. */
  public Light worse(Light other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
