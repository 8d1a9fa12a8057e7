package com.regionops.training;

import com.regionops.policy.PolicyRequest.QuizRequest;
import java.math.BigDecimal;
import java.util.List;

/**
 * POST /trainings. A region's region-ops arranges it for their region (regionCode only when they are in several).
 * startsAt is China time (yyyy-MM-ddTHH:mm); hours above 0 and at most 24 (one decimal at most); place and/or link; the
 * audience groups may be left out when the session carries out an approved plan's item (planItemId): the item's are
 * taken. quiz as for policies: up to five questions and the pass mark.
 */
public record TrainingRequest(String regionCode, Long planItemId, String topic, String trainer, String startsAt,
    BigDecimal hours, String place, String link, List<String> audienceGroups, String description, QuizRequest quiz) {
}
