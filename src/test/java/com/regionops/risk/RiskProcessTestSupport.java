package com.regionops.risk;

import com.regionops.org.ProjectMapper;
import com.regionops.org.RegionMapper;
import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.SchedulerOnlyStart;
import com.regionops.platform.security.SystemCalls;
import com.regionops.support.ProcessTestSupport;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;

/** The beans of both risk processes over the test database, for the plain engine. */
final class RiskProcessTestSupport {

  final ProcessTestSupport base;
  final RiskCheckService checks;
  final PlanNodeMapper nodes;

  RiskProcessTestSupport(ProcessEngine engine) {
    base = new ProcessTestSupport(engine);
    nodes = base.session.getMapper(PlanNodeMapper.class);
    SystemCalls system = new SystemCalls(engine.getIdentityService());
    checks = new RiskCheckService(base.session.getMapper(RiskMapper.class),
        base.session.getMapper(ProjectMapper.class), nodes, new DeployedDecisions(engine.getRepositoryService(), system),
        new DataQuality(base.session.getMapper(RiskMapper.class), 3));
    Mocks.register("riskSchedule", new RiskSchedule("R/2027-01-04T08:00:00+08:00/P14D"));
    Mocks.register("schedulerOnlyStart", new SchedulerOnlyStart());
    Mocks.register("startRegionalChecksDelegate", new StartRegionalChecksDelegate(base.session.getMapper(RegionMapper.class)));
    Mocks.register("gradePlanDelegate", new GradePlanDelegate(checks));
    Mocks.register("checkRequestedListener", new CheckRequestedListener());
    Mocks.register("startCorrectionsDelegate", new StartCorrectionsDelegate(checks, system));
    Mocks.register("chooseCorrectionReviewerDelegate", new ChooseCorrectionReviewerDelegate());
    Mocks.register("checkCorrectionListener", new CheckCorrectionListener());
    Mocks.register("remindCorrectionReviewDelegate", new RemindCorrectionReviewDelegate(base.notifications));
    Mocks.register("checkReviewListener", new com.regionops.meeting.CheckReviewListener());
    Mocks.register("clearReviewListener", new com.regionops.meeting.ClearReviewListener());
    // The PDF itself is CheckReportFilingIT's; here the model must reach the step with its region and period.
    Mocks.register("fileReportDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate) execution ->
        filedReports.add(execution.getVariable(RiskProcesses.REGION_CODE) + ":" + execution.getVariable(RiskProcesses.PERIOD_DATE)));
  }

  /** region:period of each report that reached 归档双周通报. */
  final java.util.List<String> filedReports = new java.util.ArrayList<>();

  /** An open node finishing {@code finish} days from {@code day} (negative: overdue), 30 days long. */
  PlanNode node(String code, NodeLevel level, LocalDate day, int finish, int progress) {
    LocalDate end = day.plusDays(finish);
    nodes.insert(new PlanNode(null, base.project.code(), code, "节点" + code, level, NodeCategory.CONSTRUCTION, null,
        null, null, end.minusDays(30), end, null, null, progress));
    return nodes.findByCode(base.project.code(), code);
  }
}
