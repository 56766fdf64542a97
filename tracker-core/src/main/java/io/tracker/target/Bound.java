package io.tracker.target;

/** How the printed figure bounds the result. Bounds are inclusive. */
public enum Bound {
  /** ≥: 以上, 不低于, 超过, 至少. */
  AT_LEAST,
  /** About: 左右. */
  ABOUT,
  /** The plain figure. */
  EXACTLY,
  /** ≤: 以内, 以下, 不超过, 控制在. */
  AT_MOST
}
