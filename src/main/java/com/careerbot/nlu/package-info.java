/**
 * Natural-language understanding: text normalisation, language detection and intent classification with Apache
 * OpenNLP, trained from the {@code intents/} folder at startup.
 */
package com.careerbot.nlu;
