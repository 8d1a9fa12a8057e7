package com.regionops.knowledge;

import com.regionops.platform.web.InputRejectedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin steps of knowledge-review: each reads the instance's variables and calls {@link KnowledgeService}. */
@Configuration
class KnowledgeSteps {

  /** 退回: the reviewer's comment is kept on the version; the author sees it in 修改知识条目. */
  @Bean("returnKnowledgeListener")
  TaskListener returnKnowledge(KnowledgeService knowledge) {
    return task -> {
      if (KnowledgeSteps.returned(task)) {
        knowledge.returned(entryId(task.getExecution()), versionNo(task.getExecution()),
            (String) task.getVariable(KnowledgeProcess.REVIEW_COMMENT), currentUser(task));
      }
    };
  }

  /** 修改知识条目: the revised title and body are checked and saved on the version under review. */
  @Bean("reviseKnowledgeListener")
  TaskListener reviseKnowledge(KnowledgeService knowledge) {
    return task -> {
      String title = text(task, KnowledgeProcess.TITLE, "请填写标题", KnowledgeService.MAX_TITLE);
      String body = text(task, KnowledgeProcess.BODY, "请填写正文", KnowledgeService.MAX_BODY);
      knowledge.revise(entryId(task.getExecution()), versionNo(task.getExecution()), title, body, currentUser(task));
    };
  }

  /** On every task: the entry's files as links (a file attached meanwhile shows the next time round). */
  @Bean("knowledgeFilesListener")
  TaskListener knowledgeFiles(com.regionops.document.DocumentService documents) {
    return task -> {
      String links = documents.markdownLinks(com.regionops.document.OwnerType.KNOWLEDGE,
          Long.toString(entryId(task.getExecution())));
      task.getExecution().setVariable(KnowledgeProcess.FILES, links.isEmpty() ? null : links);
    };
  }

  /** 发布: the reviewed version becomes the published one. */
  @Bean("publishKnowledgeDelegate")
  JavaDelegate publishKnowledge(KnowledgeService knowledge) {
    return execution -> knowledge.publish(entryId(execution), versionNo(execution),
        execution.getVariable("lastReviewer") instanceof String reviewer ? reviewer : null);
  }

  /** Who approved last: the reviewer named on the published version. */
  @Bean("noteKnowledgeReviewerListener")
  TaskListener noteReviewer() {
    return task -> task.getExecution().setVariable("lastReviewer", currentUser(task));
  }

  static boolean returned(DelegateTask task) {
    return com.regionops.meeting.ReviewMeetingProcess.RETURNED.equals(task.getVariable(KnowledgeProcess.REVIEW));
  }

  static String text(DelegateTask task, String variable, String missing, int max) {
    Object value = task.getVariable(variable);
    if (!(value instanceof String text) || text.isBlank()) {
      throw InputRejectedException.badInput(variable, missing);
    }
    if (text.strip().length() > max) {
      throw InputRejectedException.badInput(variable, "不超过 " + max + " 个字");
    }
    return text.strip();
  }

  static long entryId(DelegateExecution execution) {
    return ((Number) execution.getVariable(KnowledgeProcess.ENTRY_ID)).longValue();
  }

  static int versionNo(DelegateExecution execution) {
    return ((Number) execution.getVariable(KnowledgeProcess.VERSION_NO)).intValue();
  }

  static String currentUser(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null ? authentication.getUserId()
        : task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
