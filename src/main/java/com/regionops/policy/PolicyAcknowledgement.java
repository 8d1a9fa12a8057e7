package com.regionops.policy;

import java.time.LocalDateTime;

/**
 * One person asked to read one policy version, in the region whose instance asked them: the group of the policy
 * they were asked as, their project when they are a project office's member, and how it stands. score is the last
 * quiz attempt's number of right answers.
 */
public record PolicyAcknowledgement(
    Long id,
    long policyId,
    String userId,
    String regionCode,
    String projectCode,
    String groupId,
    AckStatus status,
    int attempts,
    Integer score,
    LocalDateTime acknowledgedAt) {
}
