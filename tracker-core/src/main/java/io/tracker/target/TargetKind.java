package io.tracker.target;

/** What a quantitative target asks for. */
public enum TargetKind {
  /** A growth rate in %: 增长13%, 提高5%. */
  GROWTH,
  /** A decline rate in %: 下降5%, 降低3%. */
  DECLINE,
  /** An amount or count to reach (cumulative over the year): 发行专债4.5亿元以上, 新建农田3万亩. */
  AMOUNT,
  /** A level, rate or share to reach: 开工率达80%, 占比达到65%. */
  LEVEL,
  /** A level to keep all year: 稳定在40万亩, 保持331天以上. */
  MAINTAIN
}
