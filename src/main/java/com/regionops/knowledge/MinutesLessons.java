package com.regionops.knowledge;

import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.platform.web.InputRejectedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library in a gate's minutes (review-meeting's 录入会议纪要): the form shows the gate's lessons; 开盘后评估会 and
 * 项目后评估会 cannot close their minutes without at least one 经验教训, drafted from the form's lesson fields; once
 * the minutes are approved those drafts go to knowledge-review.
 */
@Configuration
class MinutesLessons {

  /** The gates whose minutes must draft at least one 经验教训. */
  static final Set<String> POST_EVALUATIONS = Set.of("POST_OPENING_REVIEW", "PROJECT_POST_EVALUATION");
  static final int MAX_LESSONS = 3;
  static final String GATE_LESSONS = "gateLessons";
  static final String LESSONS_REQUIRED = "lessonsRequired";

  static String lesson(int n, String part) {
    return "lesson" + n + part;
  }

  /** On create: the gate's lessons for the form, and whether this meeting must draft its own. */
  @Bean("gateLessonsListener")
  TaskListener gateLessons(GateKnowledge gateKnowledge) {
    return task -> {
      if (!(gateCode(task) instanceof String gate) || !(task.getVariable(ReviewMeetingProcess.PROJECT_CODE)
          instanceof String project)) {
        return;
      }
      task.getExecution().setVariable(GATE_LESSONS, gateKnowledge.lessonsMarkdown(gate, project));
      task.getExecution().setVariable(LESSONS_REQUIRED, POST_EVALUATIONS.contains(gate));
    };
  }

  /** On complete: a post-evaluation's lessons are checked and drafted (re-recorded minutes update their drafts). */
  @Bean("draftLessonsListener")
  TaskListener draftLessons(KnowledgeService knowledge) {
    return task -> {
      if (!(gateCode(task) instanceof String gate) || !POST_EVALUATIONS.contains(gate)) {
        return;
      }
      long gateReviewId = ((Number) task.getVariable(ReviewMeetingProcess.GATE_REVIEW_ID)).longValue();
      List<KnowledgeService.Lesson> lessons = lessons(task);
      if (lessons.isEmpty() && knowledge.lessonCount(gateReviewId) == 0) {
        throw InputRejectedException.badInput(lesson(1, "Title"),
            "开盘后评估会、项目后评估会的纪要须至少总结一条经验教训，才能提交");
      }
      knowledge.draftLessons(gateReviewId, (String) task.getVariable(ReviewMeetingProcess.PROJECT_CODE), gate,
          KnowledgeSteps.currentUser(task), lessons);
    };
  }

  /** After 保存会议纪要: the meeting's lesson drafts enter knowledge-review. */
  @Bean("submitLessonsListener")
  ExecutionListener submitLessons(KnowledgeService knowledge) {
    return execution -> {
      if (ReviewMeetingProcess.KIND_GATE.equals(execution.getVariable(ReviewMeetingProcess.MEETING_KIND))
          && execution.getVariable(ReviewMeetingProcess.GATE_CODE) instanceof String gate
          && POST_EVALUATIONS.contains(gate)) {
        knowledge.submitLessons(((Number) execution.getVariable(ReviewMeetingProcess.GATE_REVIEW_ID)).longValue());
      }
    };
  }

  private static Object gateCode(DelegateTask task) {
    return ReviewMeetingProcess.KIND_GATE.equals(task.getVariable(ReviewMeetingProcess.MEETING_KIND))
        ? task.getVariable(ReviewMeetingProcess.GATE_CODE) : null;
  }

  /** The filled lesson pairs; half a pair is refused, naming the empty half. */
  static List<KnowledgeService.Lesson> lessons(DelegateTask task) {
    List<KnowledgeService.Lesson> lessons = new ArrayList<>();
    for (int n = 1; n <= MAX_LESSONS; n++) {
      String title = text(task.getVariable(lesson(n, "Title")));
      String body = text(task.getVariable(lesson(n, "Body")));
      if (title == null && body == null) {
        continue;
      }
      if (title == null) {
        throw InputRejectedException.badInput(lesson(n, "Title"), "请填写经验教训 " + n + " 的标题");
      }
      if (body == null) {
        throw InputRejectedException.badInput(lesson(n, "Body"), "请填写经验教训 " + n + " 的内容");
      }
      if (title.length() > KnowledgeService.MAX_TITLE) {
        throw InputRejectedException.badInput(lesson(n, "Title"), "不超过 " + KnowledgeService.MAX_TITLE + " 个字");
      }
      if (body.length() > KnowledgeService.MAX_BODY) {
        throw InputRejectedException.badInput(lesson(n, "Body"), "不超过 " + KnowledgeService.MAX_BODY + " 个字");
      }
      lessons.add(new KnowledgeService.Lesson(n, title, body));
    }
    return lessons;
  }

  private static String text(Object value) {
    return value instanceof String text && !text.isBlank() ? text.strip() : null;
  }
}
