/**
 * The suitability quiz: its definition (data next to the job sheet), the per-chat session as a state machine, typed
 * answers and scoring. No rendering and no storage here.
 */
package com.careerbot.quiz;
