package com.regionops.supervision;

import com.regionops.instruction.Instruction;
import com.regionops.instruction.InstructionItem;
import com.regionops.instruction.InstructionMapper;
import com.regionops.instruction.ItemStatus;
import com.regionops.notification.NotificationService;
import com.regionops.org.RegionMapper;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.Groups;
import com.regionops.supervision.SupervisionMapper.OpenDecision;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * 三色督办: the colour of every open item whose owner must act (an instruction's copy, a meeting decision, a
 * 整改 item) from the DMN supervision-color, and a notice when it changes: to the owner, and at 红 to their
 * superiors as well (a project's: region-ops and the region's president; a region's: group-ops).
 */
@Service
public class SupervisionService {

  public static final String DECISION = "supervision-color";
  /** Copies where the owner has to act; an answered one waits for its reviewer. */
  private static final Set<ItemStatus> OWNER_ACTS = Set.of(ItemStatus.ISSUED, ItemStatus.ACKNOWLEDGED,
      ItemStatus.RELAYED, ItemStatus.RETURNED);

  private final DeployedDecisions decisions;
  private final InstructionMapper instructions;
  private final SupervisionMapper supervision;
  private final NotificationService notifications;
  private final RegionMapper regions;

  public SupervisionService(DeployedDecisions decisions, InstructionMapper instructions,
      SupervisionMapper supervision, NotificationService notifications, RegionMapper regions) {
    this.regions = regions;
    this.decisions = decisions;
    this.instructions = instructions;
    this.supervision = supervision;
    this.notifications = notifications;
  }

  /** The colour of something due on that day and returned so often, seen today; null for none. */
  private static String colorOf(Function<Map<String, Object>, List<Map<String, Object>>> evaluate, LocalDate due,
      int returns, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, due);
    List<Map<String, Object>> result = evaluate.apply(Map.of("daysToDue", (int) Math.max(0, days),
        "daysLate", (int) Math.max(0, -days), "returns", returns));
    return result.isEmpty() ? null : (String) result.get(0).get("color");
  }

  /** When a copy's owner must act by: its 签收 until acknowledged, then its (extended) deadline. */
  public static LocalDate dueOf(InstructionItem item) {
    return item.acknowledgedAt() == null ? item.ackDue() : item.effectiveDeadline();
  }

  /** The daily sweep: every open item's colour brought up to date; returns how many changed. */
  public int sweep(LocalDate today) {
    Function<Map<String, Object>, List<Map<String, Object>>> evaluate = decisions.evaluator(DECISION);
    int changed = 0;
    for (InstructionItem item : instructions.findOpenForSupervision()) {
      changed += update(item, evaluate, today) ? 1 : 0;
    }
    for (OpenDecision decision : supervision.findOpenDecisions()) {
      String color = colorOf(evaluate, decision.dueDate(), decision.returns(), today);
      if (!Objects.equals(color, decision.color())) {
        supervision.updateDecisionColor(decision.id(), color);
        notifyDecision(decision, color);
        changed++;
      }
    }
    return changed;
  }

  /** One copy's colour now, after a step changed it (签收, 反馈, 退回, 延期). */
  public void refreshItem(long itemId) {
    InstructionItem item = instructions.findItem(itemId);
    if (item != null) {
      update(item, decisions.evaluator(DECISION), EngineTime.today());
    }
  }

  private boolean update(InstructionItem item, Function<Map<String, Object>, List<Map<String, Object>>> evaluate,
      LocalDate today) {
    // a region's own relay container is nobody's step; its instruction is read only to tell that, or to notify
    Instruction instruction = item.isProject() ? null : instructions.findById(item.instructionId());
    boolean supervised = item.open() && OWNER_ACTS.contains(item.status())
        && (instruction == null || instruction.byGroup());
    String color = supervised ? colorOf(evaluate, dueOf(item), item.returns(), today) : null;
    if (Objects.equals(color, item.color())) {
      return false;
    }
    instructions.updateColor(item.id(), color);
    if (color != null) {
      if (instruction == null) {
        instruction = instructions.findById(item.instructionId());
      }
      Set<String> recipients = new LinkedHashSet<>();
      recipients.add(item.isProject() ? Groups.office(item.projectCode()) : Groups.REGION_OPS);
      if (SupervisionColor.RED.name().equals(color)) {
        recipients.addAll(item.isProject() ? List.of(Groups.REGION_OPS, Groups.REGION_PRESIDENT)
            : List.of(Groups.GROUP_OPS));
      }
      String who = item.isProject() ? "项目 " + item.projectCode() : regionName(item.regionCode());
      String subject = "督办" + SupervisionColor.labelOf(color) + "色：" + instruction.title();
      String body = who + (item.acknowledgedAt() == null ? " 签收期限 " : " 反馈期限 ") + dueOf(item)
          + (item.returns() > 0 ? "，已退回 " + item.returns() + " 次" : "") + "。";
      String businessKey = "INSTRUCTION:" + item.instructionId() + ":" + item.regionCode();
      for (String recipient : recipients) {
        notifications.notifyOnce("supervision:instruction:" + item.id() + ":" + color + ":" + dueOf(item) + ":"
            + recipient, recipient, limit(subject), body, businessKey, item.regionCode());
      }
    }
    return true;
  }

  private void notifyDecision(OpenDecision decision, String color) {
    if (color == null) {
      return;
    }
    Set<String> recipients = new LinkedHashSet<>();
    recipients.add(decision.ownerUser() != null ? decision.ownerUser() : decision.ownerGroup());
    if (SupervisionColor.RED.name().equals(color)) {
      recipients.add(Groups.REGION_OPS);
      recipients.add(Groups.REGION_PRESIDENT);
    }
    String subject = "督办" + SupervisionColor.labelOf(color) + "色：" + decision.content();
    String body = decision.title() + " 的事项，期限 " + decision.dueDate()
        + (decision.returns() > 0 ? "，已退回 " + decision.returns() + " 次" : "") + "。";
    for (String recipient : recipients) {
      notifications.notifyOnce("supervision:decision:" + decision.id() + ":" + color + ":" + decision.dueDate() + ":"
          + recipient, recipient, limit(subject), body,
          "DECISION:" + decision.id(), decision.regionCode());
    }
  }

  private String regionName(String code) {
    com.regionops.org.Region region = regions.findByCode(code);
    return region == null ? code : region.name();
  }

  /** ro_notification.subject holds 200 characters; a long title is cut, the body says the rest. */
  private static String limit(String subject) {
    return subject.length() > 190 ? subject.substring(0, 190) + "…" : subject;
  }
}
