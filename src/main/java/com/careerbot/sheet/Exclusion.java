package com.careerbot.sheet;

/** A part of the seed that the bot never serves, with the reason. */
public record Exclusion(String seedSection, String reason) {
}
