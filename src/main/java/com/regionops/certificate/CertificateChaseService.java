package com.regionops.certificate;

import com.regionops.notification.NotificationService;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.Groups;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chasing certificates before they lapse: which are due (DMN certificate-review-policy says how
 * far ahead per type), one chase per certificate and due date, the notices each day of a chase,
 * and the ledger update when region-ops accepts the result.
 */
@Service
public class CertificateChaseService {

  public static final String POLICY_DECISION = "certificate-review-policy";

  /** The policy of one certificate type; days before the due date. */
  public record Policy(int leadDays, List<Integer> reminderDays, int regionOpsAtDays, int presidentAtDays) {
  }

  /** A certificate to chase for a due date. */
  public record Due(long certificateId, String kind, LocalDate dueDate) {

    public String businessKey() {
      return "CERT-" + certificateId + "-" + dueDate;
    }
  }

  private final CertificateChaseMapper chases;
  private final CertificateMapper certificates;
  private final CertificateTypeMapper types;
  private final DeployedDecisions decisions;
  private final NotificationService notifications;

  public CertificateChaseService(CertificateChaseMapper chases, CertificateMapper certificates,
      CertificateTypeMapper types, DeployedDecisions decisions, NotificationService notifications) {
    this.chases = chases;
    this.certificates = certificates;
    this.types = types;
    this.decisions = decisions;
    this.notifications = notifications;
  }

  public Map<String, Policy> policies() {
    Map<String, Policy> policies = new HashMap<>();
    var evaluate = decisions.evaluator(POLICY_DECISION);
    for (CertificateType type : types.findAll()) {
      List<Map<String, Object>> rows = evaluate.apply(Map.of("certificateType", type.code()));
      if (!rows.isEmpty()) {
        Map<String, Object> r = rows.get(0);
        List<Integer> reminders = Arrays.stream(((String) r.get("reminderDays")).split(","))
            .map(String::trim).map(Integer::valueOf).sorted().toList();
        policies.put(type.code(), new Policy(((Number) r.get("leadDays")).intValue(), reminders,
            ((Number) r.get("escalateRegionOpsAtDays")).intValue(), ((Number) r.get("escalatePresidentAtDays")).intValue()));
      }
    }
    return policies;
  }

  /** The due date a certificate is chased for: its next review, else the end of its validity. */
  static Due dueOf(Certificate c) {
    return c.nextReviewDue() != null ? new Due(c.id(), CertificateChase.ANNUAL_REVIEW, c.nextReviewDue())
        : new Due(c.id(), CertificateChase.RENEWAL, c.validUntil());
  }

  /** Certificates within their lead days of the due date that have no chase for it yet. */
  public List<Due> findDue(String regionCode, LocalDate today) {
    Map<String, Policy> policies = policies();
    int maxLead = policies.values().stream().mapToInt(Policy::leadDays).max().orElse(0);
    List<Due> due = new ArrayList<>();
    for (Certificate c : chases.findCandidates(regionCode, today.plusDays(maxLead))) {
      Policy policy = policies.get(c.typeCode());
      Due d = dueOf(c);
      if (policy != null && !d.dueDate().minusDays(policy.leadDays()).isAfter(today)) {
        due.add(d);
      }
    }
    if (due.isEmpty()) {
      return due;
    }
    Set<String> chased = new HashSet<>();
    for (int i = 0; i < due.size(); i += 1000) {
      List<Long> ids = due.subList(i, Math.min(due.size(), i + 1000)).stream().map(Due::certificateId).toList();
      chases.findForCertificates(ids).forEach(ch -> chased.add(ch.certificateId() + "|" + ch.kind() + "|" + ch.dueDate()));
    }
    return due.stream().filter(d -> !chased.contains(d.certificateId() + "|" + d.kind() + "|" + d.dueDate())).toList();
  }

  /** Records the chase once; returns its id, or null when another run already has it. */
  @Transactional
  public Long openChase(Due due) {
    if (chases.insertOnce(due.certificateId(), due.kind(), due.dueDate()) == 0) {
      return null;
    }
    Certificate c = certificates.findById(due.certificateId());
    if (c.status() == CertificateStatus.VALID) {
      chases.updateStatus(c.id(), CertificateStatus.REVIEW_DUE);
    }
    return chases.find(due.certificateId(), due.kind(), due.dueDate()).id();
  }

  @Transactional
  /**
   * The chase an annual-review instance was started for, by the instance (linked right after its
   * start, before its first task): the chaseId variable is one its candidates could overwrite.
   */
  public long chaseOf(String processInstanceId) {
    CertificateChase chase = chases.findByProcessInstance(processInstanceId);
    if (chase == null) {
      throw new IllegalStateException("No certificate chase followed by instance " + processInstanceId);
    }
    return chase.id();
  }

  public void linkChase(long chaseId, String processInstanceId) {
    chases.link(chaseId, processInstanceId);
  }

  public Certificate certificate(long id) {
    return certificates.findById(id);
  }

  public CertificateChase chase(long id) {
    return chases.findById(id);
  }

  /**
   * The daily look at an open chase: the reminder of the current stage, the escalations once
   * their day has come, and on the first day past due the certificate lapses (EXPIRED) and the
   * president hears of it. Every notice is sent once.
   */
  @Transactional
  public void dailyNotices(long chaseId, String ownerGroup, String businessKey) {
    CertificateChase chase = chases.findById(chaseId);
    Certificate c = certificates.findById(chase.certificateId());
    Policy policy = policies().get(c.typeCode());
    long daysLeft = ChronoUnit.DAYS.between(EngineTime.today(), chase.dueDate());
    String what = c.typeName() + (c.projectCode() == null ? "" : "（" + c.projectCode() + "）") + " " + c.holderCompany();
    String key = "cert:" + chaseId + ":";
    if (daysLeft < 0) {
      if (c.status() != CertificateStatus.EXPIRED) {
        chases.updateStatus(c.id(), CertificateStatus.EXPIRED);
      }
      notifications.notifyOnce(key + "expired", Groups.REGION_PRESIDENT, "证照已逾期失效：" + what,
          "到期日 " + chase.dueDate() + " 已过，年审/换证尚未办结。", businessKey);
      return;
    }
    policy.reminderDays().stream().filter(d -> d >= daysLeft).findFirst().ifPresent(stage ->
        notifications.notifyOnce(key + "reminder:" + stage, ownerGroup, "证照年审/换证提醒：" + what,
            "距到期日 " + chase.dueDate() + " 还有 " + daysLeft + " 天。", businessKey));
    if (daysLeft <= policy.regionOpsAtDays()) {
      notifications.notifyOnce(key + "region-ops", Groups.REGION_OPS, "证照即将到期未办结：" + what,
          "距到期日还有 " + daysLeft + " 天，请督办。", businessKey);
    }
    if (daysLeft <= policy.presidentAtDays()) {
      notifications.notifyOnce(key + "president", Groups.REGION_PRESIDENT, "证照即将到期未办结：" + what,
          "距到期日还有 " + daysLeft + " 天，请关注。", businessKey);
    }
  }

  /** Region-ops accepted the result: certificate and chase change together. */
  @Transactional
  public void complete(long chaseId, LocalDate newValidUntil, LocalDate newNextReviewDue, String remarks) {
    CertificateChase chase = chases.findById(chaseId);
    Certificate c = certificates.findById(chase.certificateId());
    chases.updateCertificate(c.id(), newValidUntil != null ? newValidUntil : c.validUntil(),
        newNextReviewDue, CertificateStatus.VALID);
    chases.close(chaseId, EngineTime.now().withNano(0), newValidUntil, remarks);
  }
}
