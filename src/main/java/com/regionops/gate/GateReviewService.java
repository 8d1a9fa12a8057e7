package com.regionops.gate;

import com.regionops.org.ProjectMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.web.InputRejectedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rounds of gates per project: the rules for opening one, and the state the API shows. */
@Service
public class GateReviewService {

  private final GateReviewMapper reviews;
  private final GateCatalog catalog;
  private final ProjectMapper projects;

  public GateReviewService(GateReviewMapper reviews, GateCatalog catalog, ProjectMapper projects) {
    this.reviews = reviews;
    this.catalog = catalog;
    this.projects = projects;
  }

  /**
   * Opens the next round of a gate for a project, or refuses naming the rule: the project and
   * gate exist, the meeting date is given and not past, every predecessor gate has passed, and
   * no round of this gate is still open. Runs inside the start of the gate's process, so a
   * refusal leaves no instance behind.
   */
  @Transactional
  public GateReview open(String projectCode, String gateCode, Object plannedMeetingDate, String processInstanceId,
      String startedBy) {
    if (projectCode == null || projects.findByCode(projectCode) == null) {
      throw InputRejectedException.badInput("projectCode", "项目不存在：" + projectCode);
    }
    GateDefinition gate = catalog.find(gateCode);
    if (gate == null) {
      throw InputRejectedException.badInput("gateCode", "节点会议不存在：" + gateCode);
    }
    var meetingDay = EngineTime.parseDateTime(plannedMeetingDate);
    if (meetingDay == null) {
      throw InputRejectedException.badInput("plannedMeetingDate", "请填写计划上会日期（yyyy-MM-dd）");
    }
    if (meetingDay.toLocalDate().isBefore(EngineTime.today())) {
      throw InputRejectedException.badInput("plannedMeetingDate", "计划上会日期不能早于今天");
    }
    for (String predecessor : gate.predecessors()) {
      GateReview latest = reviews.findLatest(projectCode, predecessor);
      if (latest == null || !latest.status().isPassed()) {
        throw InputRejectedException.badInput("gateCode", "前置节点会议尚未通过：" + catalog.find(predecessor).name()
            + "（" + predecessor + "）");
      }
    }
    projects.lockForUpdate(projectCode);
    GateReview latest = reviews.findLatest(projectCode, gateCode);
    if (latest != null && latest.status().isOpen()) {
      throw InputRejectedException.conflict("gateCode", gate.name() + "已有进行中的第 " + latest.roundNo() + " 轮评审");
    }
    int round = latest == null ? 1 : latest.roundNo() + 1;
    try {
      reviews.insert(new GateReview(null, projectCode, gateCode, round, processInstanceId,
          GateReviewStatus.IN_REVIEW, null, startedBy, EngineTime.now().withNano(0), null, meetingDay.toLocalDate()));
    } catch (DuplicateKeyException concurrentStart) {
      throw InputRejectedException.conflict("gateCode", gate.name() + "的第 " + round + " 轮评审已由他人发起");
    }
    return reviews.findLatest(projectCode, gateCode);
  }

  @Transactional
  public void passed(long reviewId, String conclusion) {
    reviews.updateStatus(reviewId, GateReviewStatus.PASSED, conclusion, null);
  }

  @Transactional
  public void failed(long reviewId, String conclusion) {
    reviews.updateStatus(reviewId, GateReviewStatus.FAILED, conclusion, EngineTime.now().withNano(0));
  }

  @Transactional
  public void closed(long reviewId) {
    reviews.updateStatus(reviewId, GateReviewStatus.CLOSED, null, EngineTime.now().withNano(0));
  }

  public GateReview review(long reviewId) {
    return reviews.findById(reviewId);
  }

  /** Every gate of the catalogue with the project's latest round of it. */
  public List<GateState> overview(String projectCode, LocalDate today) {
    return states(catalog.definitions(), reviews.findByProject(projectCode), reviews.countDecisions(projectCode, today));
  }

  /**
   * {@link #overview} of each of these projects of a region, with a fixed number of statements for
   * the whole region (the board reads hundreds of projects at once).
   */
  public Map<String, List<GateState>> overviews(String regionCode, Collection<String> projectCodes, LocalDate today) {
    List<GateDefinition> gates = catalog.definitions();
    Map<String, List<GateReview>> rounds = reviews.findByRegion(regionCode).stream()
        .collect(Collectors.groupingBy(GateReview::projectCode));
    Map<String, List<GateReviewMapper.DecisionCounts>> counts = reviews.countDecisionsOfRegion(regionCode, today)
        .stream().collect(Collectors.groupingBy(GateReviewMapper.DecisionCounts::projectCode));
    Map<String, List<GateState>> byProject = new LinkedHashMap<>();
    for (String code : projectCodes) {
      byProject.put(code, states(gates, rounds.getOrDefault(code, List.of()), counts.getOrDefault(code, List.of())));
    }
    return byProject;
  }

  private static List<GateState> states(List<GateDefinition> gates, List<GateReview> rounds,
      List<GateReviewMapper.DecisionCounts> decisionCounts) {
    Map<String, GateReview> latest = rounds.stream()
        .collect(Collectors.toMap(GateReview::gateCode, Function.identity(), (a, b) -> a.roundNo() > b.roundNo() ? a : b));
    Map<Long, GateReviewMapper.DecisionCounts> counts = decisionCounts.stream()
        .collect(Collectors.toMap(GateReviewMapper.DecisionCounts::gateReviewId, Function.identity()));
    List<GateState> states = new ArrayList<>();
    for (GateDefinition gate : gates) {
      GateReview r = latest.get(gate.code());
      if (r == null) {
        states.add(new GateState(gate.code(), gate.name(), gate.phase(), gate.sortOrder(), GateReviewStatus.NOT_STARTED,
            null, null, null, null, null, null, 0, 0));
        continue;
      }
      GateReviewMapper.DecisionCounts c = counts.get(r.id());
      states.add(new GateState(gate.code(), gate.name(), gate.phase(), gate.sortOrder(), r.status(), r.roundNo(),
          r.processInstanceId(), r.conclusion(), r.plannedMeetingDate(), r.startedAt(), r.finishedAt(),
          c == null ? 0 : c.openDecisions(), c == null ? 0 : c.overdueDecisions()));
    }
    return states;
  }
}
