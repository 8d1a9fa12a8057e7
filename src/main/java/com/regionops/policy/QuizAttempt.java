package com.regionops.policy;

import java.time.LocalDateTime;

/** One answered quiz: the letters chosen (A,C,B), how many were right, and whether that reached the pass mark. */
public record QuizAttempt(
    Long id,
    long policyId,
    String userId,
    int attemptNo,
    int score,
    int questionCount,
    boolean passed,
    String answers,
    LocalDateTime answeredAt) {
}
