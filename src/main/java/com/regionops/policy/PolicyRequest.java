package com.regionops.policy;

import java.util.List;

/**
 * POST /policies. A region's region-ops publishes for its region (regionCode only when it is in several), group-ops
 * for every region. version is a whole number; dates are yyyy-MM-dd. documentIds must stay empty: the policy's
 * files are attached once it exists (POST /policies/{id}/documents). summary (制度要点) is what the members read in
 * the task beside those files.
 */
public record PolicyRequest(String title, String number, String version, String effectiveDate, List<String> groups,
    String acknowledgeBy, List<Object> documentIds, QuizRequest quiz, String summary, String regionCode) {

  /** The quiz: up to five questions and how many must be answered right. */
  public record QuizRequest(Integer passMark, List<QuestionRequest> questions) {
  }

  /** A question with two to six options; answer is the right option's text (or its letter, A for the first). */
  public record QuestionRequest(String text, List<String> options, String answer) {
  }
}
