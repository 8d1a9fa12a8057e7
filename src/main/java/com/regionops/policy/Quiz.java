package com.regionops.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

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

  /**
   * Answers graded against the key: the letter chosen for each question ("-" for none), how many were right, and
   * the numbers (1-based) of the questions answered wrong. Shared by every quiz (制度宣贯, 培训).
   */
  public record Graded(List<String> chosen, int score, List<Integer> wrong) {

    public Graded {
      chosen = List.copyOf(chosen);
      wrong = List.copyOf(wrong);
    }

    public boolean passed(int passMark) {
      return score >= passMark;
    }

    /** The letters chosen, as an attempt stores them: A,C,B. */
    public String answers() {
      return String.join(",", chosen);
    }
  }

  /** answerOf(n): what was chosen for question n (1-based); anything but the right letter counts as wrong. */
  public Graded grade(IntFunction<Object> answerOf) {
    List<String> chosen = new ArrayList<>();
    List<Integer> wrong = new ArrayList<>();
    int score = 0;
    for (int n = 1; n <= size(); n++) {
      Object value = answerOf.apply(n);
      String letter = value instanceof String s ? s : "-";
      chosen.add(letter);
      if (questions.get(n - 1).answer().equals(letter)) {
        score++;
      } else {
        wrong.add(n);
      }
    }
    return new Graded(chosen, score, wrong);
  }

  /** The first question (1-based) without one of its own options chosen, or 0 when every question has one. */
  public int firstUnanswered(IntFunction<Object> answerOf) {
    for (int n = 1; n <= size(); n++) {
      Object value = answerOf.apply(n);
      int index = value instanceof String letter ? indexOf(letter) : -1;
      if (index < 0 || index >= questions.get(n - 1).options().size()) {
        return n;
      }
    }
    return 0;
  }

  /**
   * Refuses the completion of a quiz form (400 naming the answer field) at its first question without an answer;
   * answerOf reads the n-th answer, field names it.
   */
  public void requireAnswers(IntFunction<Object> answerOf, IntFunction<String> field) {
    int n = firstUnanswered(answerOf);
    if (n > 0) {
      throw com.regionops.platform.web.InputRejectedException.badInput(field.apply(n), "请回答第 " + n + " 题");
    }
  }

  /** A question's options for a form's radio, never its answer: {label "A. 选项", value "A"}. */
  public static List<Map<String, String>> radioOptions(Question question) {
    List<Map<String, String>> options = new ArrayList<>();
    for (int i = 0; i < question.options().size(); i++) {
      options.add(Map.of("label", letter(i) + ". " + question.options().get(i), "value", letter(i)));
    }
    return options;
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
