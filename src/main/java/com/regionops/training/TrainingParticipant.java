package com.regionops.training;

import java.time.LocalDateTime;

/**
 * One person invited to a session, as the audience group they were invited as (with their project when they are a
 * project office's member): their answer to the invitation, the organiser's 签到, their feedback and quiz result.
 */
public record TrainingParticipant(
    Long id,
    long sessionId,
    String userId,
    String groupId,
    String projectCode,
    LocalDateTime invitedAt,
    Registration registration,
    LocalDateTime answeredAt,
    String declineReason,
    boolean attended,
    String checkedInBy,
    LocalDateTime checkedInAt,
    FeedbackStatus feedbackStatus,
    Integer feedbackScore,
    String feedbackComment,
    LocalDateTime feedbackAt,
    int quizAttempts,
    Integer quizScore,
    boolean quizPassed,
    LocalDateTime quizPassedAt) {
}
