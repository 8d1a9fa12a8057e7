package com.regionops.training;

import java.time.LocalDateTime;

/** One answered training quiz: the letters chosen (A,C,B), how many were right, and whether that passed. */
public record TrainingQuizAttempt(
    Long id,
    long sessionId,
    String userId,
    int attemptNo,
    int score,
    int questionCount,
    boolean passed,
    String answers,
    LocalDateTime answeredAt) {
}
