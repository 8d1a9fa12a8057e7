package com.regionops.meeting;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.web.InputRejectedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings, their minutes and decision items. Every write is idempotent: the delegates that
 * call it may run twice (a retried job), and a second run leaves what the first one wrote.
 */
@Service
public class MeetingService {

  public static final Set<String> CONCLUSIONS = Set.of("PASS", "CONDITIONAL", "FAIL");

  private final MeetingMapper meetings;

  public MeetingService(MeetingMapper meetings) {
    this.meetings = meetings;
  }

  /** Creates the meeting of a process instance, or updates its schedule when it exists. */
  @Transactional
  public Meeting recordSchedule(Meeting requested) {
    Meeting existing = meetings.findByProcessInstance(requested.processInstanceId());
    if (existing == null) {
      KeyedRow<Meeting> row = new KeyedRow<>(requested);
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
   * Decisions come from the numbered slots (see {@link ReviewMeetingProcess#decision}); an
   * empty slot is skipped. 有条件通过 needs at least one decision: the conditions are the decisions.
   */
  public List<DecisionItem> checkMinutes(String conclusion, String minutes, Function<String, Object> variables,
      LocalDate meetingDay) {
    // a 协调会 settles a problem with decisions; it passes or fails nothing
    boolean judged = !ReviewMeetingProcess.KIND_COORDINATION.equals(variables.apply(ReviewMeetingProcess.MEETING_KIND));
    if (judged && (conclusion == null || !CONCLUSIONS.contains(conclusion))) {
      throw InputRejectedException.badInput(ReviewMeetingProcess.CONCLUSION, "请选择会议结论：通过、有条件通过或不通过");
    }
    if (minutes == null || minutes.isBlank()) {
      throw InputRejectedException.badInput(ReviewMeetingProcess.MINUTES, "请填写会议纪要");
    }
    if (minutes.length() > 20000) {
      throw InputRejectedException.badInput(ReviewMeetingProcess.MINUTES, "会议纪要不超过 20000 字");
    }
    List<DecisionItem> items = new ArrayList<>();
    for (int n = 1; n <= ReviewMeetingProcess.MAX_DECISIONS; n++) {
      String content = text(variables.apply(ReviewMeetingProcess.decision(n, "Content")));
      if (content != null) {
        items.add(checkDecision(n, content, variables, meetingDay));
      }
    }
    if ("CONDITIONAL".equals(conclusion) && items.isEmpty()) {
      throw InputRejectedException.badInput(ReviewMeetingProcess.decision(1, "Content"),
          "有条件通过须列出至少一条决议事项（即通过的条件）");
    }
    return items;
  }

  private static DecisionItem checkDecision(int n, String content, Function<String, Object> variables,
      LocalDate meetingDay) {
    String ownerGroup = text(variables.apply(ReviewMeetingProcess.decision(n, "OwnerGroup")));
    String ownerUser = text(variables.apply(ReviewMeetingProcess.decision(n, "OwnerUser")));
    LocalDateTime due = EngineTime.parseDateTime(variables.apply(ReviewMeetingProcess.decision(n, "DueDate")));
    if (content.length() > 1000) {
      throw InputRejectedException.badInput(ReviewMeetingProcess.decision(n, "Content"), "决议内容不超过 1000 字");
    }
    if (ownerGroup == null || !ownerGroup.matches("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}")) {
      throw InputRejectedException.badInput(ReviewMeetingProcess.decision(n, "OwnerGroup"),
          "请填写决议 " + n + " 的责任部门（用户组编号，例如 office-GZ01）");
    }
    if (due == null) {
      throw InputRejectedException.badInput(ReviewMeetingProcess.decision(n, "DueDate"),
          "请填写决议 " + n + " 的完成期限（yyyy-MM-dd）");
    }
    if (due.toLocalDate().isBefore(meetingDay)) {
      throw InputRejectedException.badInput(ReviewMeetingProcess.decision(n, "DueDate"),
          "决议 " + n + " 的完成期限不能早于会议日期 " + meetingDay);
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
            item.ownerUser(), item.dueDate(), DecisionStatus.OPEN, null, null, null, null, null, null,
            item.verifierUser()));
      }
    }
    return decisionIds(meetingId);
  }

  /** Adds follow-up items to a meeting row that collects them over time (a support case's visits); returns their ids. */
  @Transactional
  public List<Long> appendDecisions(long meetingId, List<DecisionItem> items) {
    int seq = meetings.findDecisions(meetingId).stream().mapToInt(MeetingDecision::seq).max().orElse(0) + 1;
    List<Long> ids = new ArrayList<>();
    for (DecisionItem item : items) {
      meetings.insertDecision(new MeetingDecision(null, meetingId, seq, item.content(), item.ownerGroup(),
          item.ownerUser(), item.dueDate(), DecisionStatus.OPEN, null, null, null, null, null, null,
          item.verifierUser()));
      int inserted = seq++;
      ids.add(meetings.findDecisions(meetingId).stream().filter(d -> d.seq() == inserted).findFirst().orElseThrow().id());
    }
    return ids;
  }

  /** For the gate's multi-instance follow-up: evaluated in the model, never stored as a variable. */
  public List<MeetingDecision> decisions(long meetingId) {
    return meetings.findDecisions(meetingId);
  }

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

  /** The meeting the instance has recorded, if it has got that far. */
  public java.util.Optional<Meeting> recordedBy(String processInstanceId) {
    return java.util.Optional.ofNullable(meetings.findByProcessInstance(processInstanceId));
  }

  /**
   * The meeting a review-meeting instance recorded. Its steps act on this one, never on the
   * meetingId variable, which whoever completes a task may overwrite.
   */
  public Meeting meetingOf(String processInstanceId) {
    Meeting meeting = meetings.findByProcessInstance(processInstanceId);
    if (meeting == null) {
      throw new IllegalStateException("No meeting recorded by instance " + processInstanceId);
    }
    return meeting;
  }

  public Meeting meeting(long meetingId) {
    return meetings.findById(meetingId);
  }

  /**
   * The decision a follow-up instance was started for, by the instance (linked at its start): the
   * decisionId variable is one its candidates could overwrite with a completion.
   */
  public MeetingDecision decisionOf(String processInstanceId) {
    MeetingDecision decision = meetings.findDecisionByProcess(processInstanceId);
    if (decision == null) {
      throw new IllegalStateException("No decision followed up by instance " + processInstanceId);
    }
    return decision;
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

  private static String text(Object value) {
    return value instanceof String text && !text.isBlank() ? text.trim() : null;
  }
}
