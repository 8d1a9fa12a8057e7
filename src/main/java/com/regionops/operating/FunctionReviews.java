package com.regionops.operating;

import static com.regionops.operating.FunctionReviewProcess.APPROVED;
import static com.regionops.operating.FunctionReviewProcess.COMMENT;
import static com.regionops.operating.FunctionReviewProcess.COMMENTED;
import static com.regionops.operating.FunctionReviewProcess.OUTCOME;
import static com.regionops.operating.FunctionReviewProcess.REVIEWS;
import static com.regionops.operating.FunctionReviewProcess.SUMMARY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ActingUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.web.InputRejectedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of function-review, which knows nothing of what is reviewed: the functions to ask, each answer checked
 * and kept once per function in the instance ({@link FunctionReviewProcess#REVIEWS}), and the summary. The caller
 * stores the answers with its subject when they come out.
 */
@Configuration
public class FunctionReviews {

  /** A function's answer: APPROVED (同意) or COMMENTED (提出意见) with its comment. */
  public record Answer(String function, String outcome, String comment, String userId, String at) {

    public boolean approved() {
      return APPROVED.equals(outcome);
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();

  /** The multi-instance's collection: the in-variable's comma-separated groups, in order, each once. */
  public List<String> groups(Object functions) {
    if (!(functions instanceof String text) || text.isBlank()) {
      throw new IllegalStateException("function-review without " + FunctionReviewProcess.FUNCTIONS);
    }
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  /** The functions as the in-variable carries them. */
  public static String functions(List<String> groups) {
    return String.join(",", groups);
  }

  /** The answers from the out-variable (a JSON value, or its text); empty when there are none. */
  public static List<Answer> read(Object value) {
    if (value == null) {
      return List.of();
    }
    try {
      return JSON.readValue(value.toString(), new TypeReference<List<Answer>>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable " + REVIEWS + ": " + e.getMessage(), e);
    }
  }

  /** What the approvers read: one line per function, 同意 or 意见 with the comment and who answered. */
  public static String summary(List<Answer> answers) {
    List<String> lines = new ArrayList<>();
    for (Answer answer : answers) {
      lines.add(answer.function() + "：" + (answer.approved() ? "同意" : "意见")
          + (answer.comment() == null ? "" : "，" + answer.comment()) + "（" + answer.userId() + "）");
    }
    return String.join("\n", lines);
  }

  /**
   * The functions review in parallel: each review's own execution gets empty answer variables, so a completion
   * lands there, and 营销 never finds 财务's answer preselected in its form.
   */
  @Bean("openFunctionReviewListener")
  public TaskListener open() {
    return task -> {
      task.getExecution().setVariableLocal(OUTCOME, null);
      task.getExecution().setVariableLocal(COMMENT, null);
    };
  }

  /**
   * 审核送审方案 completed: the answer is checked and kept once per function. The function is the task's candidate
   * group (which only camunda-admin may change: TaskCommandGuard), never what the completion's variables say.
   */
  @Bean("recordFunctionReviewListener")
  public TaskListener record() {
    return FunctionReviews::keep;
  }

  static void keep(DelegateTask task) {
    String function = task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId).filter(g -> g != null && Groups.isFunction(g)).findFirst()
        .orElseThrow(() -> new IllegalStateException("审核送审方案 without a function group: " + task.getId()));
    Object outcome = task.getVariable(OUTCOME);
    Object comment = task.getVariable(COMMENT);
    if (!APPROVED.equals(outcome) && !COMMENTED.equals(outcome)) {
      throw InputRejectedException.badInput(OUTCOME, "请选择：同意或提出意见");
    }
    if (comment != null && !(comment instanceof String)) {
      throw InputRejectedException.badInput(COMMENT, "意见须为文字");
    }
    String text = comment == null || ((String) comment).isBlank() ? null : ((String) comment).strip();
    if (COMMENTED.equals(outcome) && text == null) {
      throw InputRejectedException.badInput(COMMENT, "提出意见时请填写意见内容");
    }
    if (text != null && text.length() > 1000) {
      throw InputRejectedException.badInput(COMMENT, "意见不超过 1000 字");
    }
    DelegateExecution instance = task.getExecution().getProcessInstance();
    List<Answer> answers = new ArrayList<>(read(instance.getVariable(REVIEWS)));
    if (answers.stream().noneMatch(a -> a.function().equals(function))) {
      answers.add(new Answer(function, (String) outcome, text, ActingUser.of(task.getProcessEngineServices()),
          EngineTime.now().withNano(0).toString()));
      answers.sort(java.util.Comparator.comparing(Answer::function));
      instance.setVariable(REVIEWS, json(answers));
    }
  }

  static org.camunda.spin.plugin.variable.value.JsonValue json(List<Answer> answers) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(answers)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** 汇总职能意见: the answers as the approvers read them. */
  @Bean("summarizeFunctionReviewsDelegate")
  public JavaDelegate summarize() {
    return execution -> execution.getProcessInstance().setVariable(SUMMARY,
        summary(read(execution.getVariable(REVIEWS))));
  }
}
