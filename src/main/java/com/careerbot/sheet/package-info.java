/**
 * The job sheet: the bot's only source of facts, loaded from {@code sheets/*.yaml} and validated at startup.
 */
package com.careerbot.sheet;
