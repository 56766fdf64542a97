package io.tracker.rules;
