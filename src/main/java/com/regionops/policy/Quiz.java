package com.regionops.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * A policy's quiz as stored (ro_policy.quiz): the questions with their options and the letter of the right one.
 * The answers stay in the database: the process only ever gets the questions and options.
 */
public record Quiz(List<Question> questions) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A question, its options (A, B, ... in this order) and the right option's letter. */
  public record Question(String text, List<String> options, String answer) {
  }

  public Quiz {
    questions = List.copyOf(questions);
  }

  public int size() {
    return questions.size();
  }

  /** The letter of the n-th option (0-based): A, B, ... */
  public static String letter(int index) {
    return String.valueOf((char) ('A' + index));
  }

  /** The option index of a letter, or -1. */
  public static int indexOf(String letter) {
    return letter != null && letter.length() == 1 && letter.charAt(0) >= 'A' && letter.charAt(0) <= 'Z'
        ? letter.charAt(0) - 'A' : -1;
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Quiz fromJson(String json) {
    try {
      return JSON.readValue(json, Quiz.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable quiz: " + e.getOriginalMessage(), e);
    }
  }
}
