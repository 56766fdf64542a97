package io.tracker.cli;
