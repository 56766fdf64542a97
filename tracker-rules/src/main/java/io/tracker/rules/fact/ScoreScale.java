package io.tracker.rules.fact;

import java.math.BigDecimal;

/**
 * The points a fully done task scores (满分): 100 under the default rules (rule "满分"). A rule set
 * scoring in points replaces that rule by name with its own ({@code rule "满分" when then insert( new
 * ScoreScale( new BigDecimal( "10" ) ) ); end}, DSL "满分为10分"), and tasks without targets are then
 * scored on that scale too: done 10, 34 % done 3.40.
 *
 * @param full the points of a fully done task
 */
public record ScoreScale(BigDecimal full) {}
