package com.regionops.policy;

import java.time.LocalDateTime;

/**
 * A passed policy quiz, as a training record of the person (for the knowledge and training issue): which policy
 * version, the score against the questions and pass mark, and when.
 */
public record TrainingRecord(
    long policyId,
    String number,
    int version,
    String title,
    String userId,
    int score,
    int questionCount,
    Integer passMark,
    int attemptNo,
    LocalDateTime passedAt) {
}
