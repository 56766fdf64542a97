package io.tracker;
