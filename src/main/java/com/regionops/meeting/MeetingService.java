package com.regionops.meeting;

import com.regionops.platform.EngineTime;
import com.regionops.platform.InputRejectedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings, their minutes and decision items. Every write is idempotent: the delegates that
 * call it may run twice (a retried job), and a second run leaves what the first one wrote.
 */
@Service
public class MeetingService {

  public static final Set<String> CONCLUSIONS = Set.of("PASS", "CONDITIONAL", "FAIL");
  static final int MAX_DECISIONS = 50;

  private final MeetingMapper meetings;

  public MeetingService(MeetingMapper meetings) {
    this.meetings = meetings;
  }

  /** Creates the meeting of a process instance, or updates its schedule when it exists. */
  @Transactional
  public Meeting recordSchedule(Meeting requested) {
    Meeting existing = meetings.findByProcessInstance(requested.processInstanceId());
    if (existing == null) {
      MeetingRow row = new MeetingRow(requested);
      meetings.insert(row);
      return meetings.findById(row.getId());
    }
    meetings.updateSchedule(new Meeting(existing.id(), existing.kind(), existing.regionCode(),
        existing.projectCode(), existing.gateReviewId(), requested.title(), requested.scheduledAt(),
        requested.location(), requested.chairUser(), requested.attendingFunctions(), null, null, null, null));
    return meetings.findById(existing.id());
  }

  /**
   * Checks the minutes as entered; a failure names the field and keeps the task open.
   * 有条件通过 needs at least one decision: the conditions are the decisions.
   */
  public List<DecisionItem> checkMinutes(String conclusion, String minutes, SpinJsonNode decisions,
      LocalDate meetingDay) {
    if (conclusion == null || !CONCLUSIONS.contains(conclusion)) {
      throw InputRejectedException.badInput("conclusion", "请选择会议结论：通过、有条件通过或不通过");
    }
    if (minutes == null || minutes.isBlank()) {
      throw InputRejectedException.badInput("minutes", "请填写会议纪要");
    }
    if (minutes.length() > 20000) {
      throw InputRejectedException.badInput("minutes", "会议纪要不超过 20000 字");
    }
    List<DecisionItem> items = new ArrayList<>();
    if (decisions != null && decisions.isArray()) {
      if (decisions.elements().size() > MAX_DECISIONS) {
        throw InputRejectedException.badInput("decisions", "决议事项不超过 " + MAX_DECISIONS + " 条");
      }
      int i = 0;
      for (SpinJsonNode d : decisions.elements()) {
        items.add(checkDecision(d, "decisions[" + i++ + "].", meetingDay));
      }
    }
    if ("CONDITIONAL".equals(conclusion) && items.isEmpty()) {
      throw InputRejectedException.badInput("decisions", "有条件通过须列出至少一条决议事项（即通过的条件）");
    }
    return items;
  }

  private static DecisionItem checkDecision(SpinJsonNode d, String prefix, LocalDate meetingDay) {
    String content = text(d, "content");
    String ownerGroup = text(d, "ownerGroup");
    String ownerUser = text(d, "ownerUser");
    LocalDateTime due = EngineTime.parseDateTime(text(d, "dueDate"));
    if (content == null || content.length() > 1000) {
      throw InputRejectedException.badInput(prefix + "content", "请填写决议内容（不超过 1000 字）");
    }
    if (ownerGroup == null || !ownerGroup.matches("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}")) {
      throw InputRejectedException.badInput(prefix + "ownerGroup", "请填写责任部门（用户组编号）");
    }
    if (due == null) {
      throw InputRejectedException.badInput(prefix + "dueDate", "请填写完成期限（yyyy-MM-dd）");
    }
    if (due.toLocalDate().isBefore(meetingDay)) {
      throw InputRejectedException.badInput(prefix + "dueDate", "完成期限不能早于会议日期 " + meetingDay);
    }
    return new DecisionItem(content, ownerGroup, ownerUser, due.toLocalDate());
  }

  /** Stores the approved minutes and their decisions once; returns the decision ids in order. */
  @Transactional
  public List<Long> saveMinutes(long meetingId, String conclusion, String minutes, String approvedBy,
      List<DecisionItem> items) {
    meetings.updateMinutes(meetingId, conclusion, minutes, approvedBy);
    if (meetings.findDecisions(meetingId).isEmpty()) {
      int seq = 1;
      for (DecisionItem item : items) {
        meetings.insertDecision(new MeetingDecision(null, meetingId, seq++, item.content(), item.ownerGroup(),
            item.ownerUser(), item.dueDate(), DecisionStatus.OPEN, null, null, null, null, null, null));
      }
    }
    return decisionIds(meetingId);
  }

  /** For the gate's multi-instance follow-up: evaluated in the model, never stored as a variable. */
  public List<Long> decisionIds(long meetingId) {
    return meetings.findDecisions(meetingId).stream().map(MeetingDecision::id).toList();
  }

  public MeetingDecision decision(long decisionId) {
    MeetingDecision decision = meetings.findDecision(decisionId);
    if (decision == null) {
      throw new IllegalStateException("Decision " + decisionId + " does not exist");
    }
    return decision;
  }

  public Meeting meeting(long meetingId) {
    return meetings.findById(meetingId);
  }

  @Transactional
  public void startFollowUp(long decisionId, String processInstanceId) {
    meetings.linkDecisionProcess(decisionId, processInstanceId);
  }

  public static void checkEvidence(String evidence, Object completedOn) {
    if (evidence == null || evidence.isBlank() || evidence.length() > 1000) {
      throw InputRejectedException.badInput("evidence", "请填写落实情况及佐证（不超过 1000 字）");
    }
    LocalDateTime done = EngineTime.parseDateTime(completedOn);
    if (done == null) {
      throw InputRejectedException.badInput("completedOn", "请填写完成日期（yyyy-MM-dd）");
    }
    if (done.toLocalDate().isAfter(EngineTime.today())) {
      throw InputRejectedException.badInput("completedOn", "完成日期不能晚于今天");
    }
  }

  @Transactional
  public void reportDone(long decisionId, String evidence, LocalDate completedOn) {
    meetings.reportDecisionDone(decisionId, evidence, completedOn);
  }

  /** Verified closes the item; otherwise it is OPEN again with region-ops' comment. */
  @Transactional
  public void review(long decisionId, boolean verified, String comment, String reviewer) {
    meetings.reviewDecision(decisionId, verified ? DecisionStatus.VERIFIED : DecisionStatus.OPEN, comment,
        verified ? reviewer : null, verified ? EngineTime.now().withNano(0) : null);
  }

  private static String text(SpinJsonNode node, String field) {
    if (!node.hasProp(field) || node.prop(field).isNull()) {
      return null;
    }
    String value = node.prop(field).isString() ? node.prop(field).stringValue() : node.prop(field).toString();
    return value.isBlank() ? null : value.trim();
  }
}
