package io.tracker.ledger;

/** What is wrong with one report, and in which column, so a reader can cite the exact cell. */
record LedgerProblem(LedgerColumn column, String message) {}
