package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tracker.json.TrackerJson;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code assess(book, ledger, asOf, previous)} equals {@code assess(book, ledger, asOf)} on generated
 * books ({@link RandomCase}): the previous assessment at a random earlier date of the year, made
 * with a random prefix of the ledger (the rest recorded after it: new reports, and corrections for
 * dates it had already judged), and passed through its JSON form as a host would store it.
 */
class PreviousAssessmentPropertiesTest {
  private static final ObjectMapper JSON = TrackerJson.mapper();

  @Test
  void anAssessmentGivenThePreviousOneEqualsTheFullAssessment() {
    AtomicInteger reused = new AtomicInteger();
    AtomicInteger rejudged = new AtomicInteger();
    qt().withFixedSeed(11L)
        .withExamples(300)
        .withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(seed -> {
          RandomCase c = RandomCase.of(seed);
          Random random = new Random(seed ^ 0x5eed);
          LocalDate lastOfYear = LocalDate.of(c.book().year(), 12, 31);
          LocalDate latest = c.asOf().isAfter(lastOfYear) ? lastOfYear : c.asOf();
          LocalDate previousAsOf = latest.minusDays(random.nextInt(latest.getDayOfYear()));
          List<ProgressReport> reports = c.ledger().reports();
          ProgressLedger known = ProgressLedger.of(reports.subList(0, random.nextInt(reports.size() + 1)));
          Assessor assessor = DefaultRules.assessor();
          Assessment previous = roundTrip(assessor.inPartsOf(2).assess(c.book(), known, previousAsOf, c.policy()));

          Assessment full = assessor.assess(c.book(), c.ledger(), c.asOf(), c.policy());
          Assessment given = assessor.assess(c.book(), c.ledger(), c.asOf(), c.policy(), List.of(), previous);

          assertThat(given).as(c.toString() + " previous " + previousAsOf).isEqualTo(full);
          previous.history().monthEnds().forEach(m -> (full.history().at(m.date()).orElseThrow().ledger()
              .equals(m.ledger()) ? reused : rejudged).incrementAndGet());
        });
    // Both branches must be exercised, or the equality proves little.
    assertThat(reused.get()).as("month ends taken from the previous assessment").isGreaterThan(200);
    assertThat(rejudged.get()).as("month ends judged again after a later correction or report").isGreaterThan(50);
  }

  static Assessment roundTrip(Assessment assessment) {
    try {
      return JSON.readValue(JSON.writeValueAsString(assessment), Assessment.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
