package com.regionops.demo;

import com.regionops.handover.HandoverProcess;
import com.regionops.handover.HandoverRequest;
import com.regionops.handover.HandoverReview;
import com.regionops.handover.HandoverService;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.platform.security.Groups;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's 合同交楼时间审核: GZ01 (住宅) submitted its contract handover date 90 days after its planned handover,
 * with a 装修单位, three weeks ago; handover-date-check found it OK and 华南's region-ops approved it, so the board's
 * margins show GZ01 green and a plan adjustment pushing its handover past the 60-day buffer goes to group-ops.
 */
@Component
@Profile("demo")
public class DemoHandover {

  static final String PROJECT = "GZ01";

  private final HandoverService handover;
  private final TaskService tasks;

  DemoHandover(HandoverService handover, TaskService tasks) {
    this.handover = handover;
    this.tasks = tasks;
  }

  public void seed(DemoHistory history, LocalDate today) {
    String office = "office.gz01";
    LocalDateTime asked = today.minusDays(21).atTime(10, 0);
    history.at(asked);
    LocalDate planned = history.as(office, () -> handover.reviews(DemoHistory.apiUser(office), PROJECT))
        .current().plannedHandoverDate();
    if (planned == null) {
      throw new IllegalStateException("demo handover: " + PROJECT + " has no HANDOVER node");
    }
    LocalDate contract = planned.plusDays(90);
    HandoverReview review = history.as(office, () -> handover.submit(DemoHistory.apiUser(office), PROJECT,
        new HandoverRequest(contract.toString(), "广州雅居装饰工程有限公司", planned.plusDays(60).toString(),
            "穗房预售字第 " + today.getYear() + "0315 号", "首批 3、5 栋按此日期签约，精装交付")));
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(HandoverProcess.businessKey(PROJECT, review.id()))
        .taskDefinitionKey(HandoverProcess.TASK_REVIEW).singleResult();
    if (task == null) {
      throw new IllegalStateException("demo handover: no review task for " + PROJECT + " (" + review.result() + ")");
    }
    history.complete(task, DemoData.userOf(Groups.REGION_OPS, "SOUTH"), asked.plusDays(1).withHour(15),
        Map.of(HandoverProcess.REVIEW, ReviewMeetingProcess.APPROVED, HandoverProcess.REVIEW_COMMENT,
            "余量 90 天，装修完工早于交楼 30 天，同意"));
  }
}
