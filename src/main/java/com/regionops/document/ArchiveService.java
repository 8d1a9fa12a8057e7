package com.regionops.document;

import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.org.RegionService;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * A project's files in one place, arranged as the department looks for them: by gate round (its
 * materials, its minutes, each decision with its evidence), by certificate, by plan node, the
 * reports, and the rest; each file with its earlier versions. And the files of one open task.
 */
@Service
public class ArchiveService {

  /** A file in its current version, with every version (newest first). */
  public record Entry(long id, String fileName, DocumentKind kind, String slot, String mediaType, long size,
      String sha256, int version, String uploadedBy, LocalDateTime uploadedAt, String taskId, List<Version> versions) {
  }

  public record Version(long id, int version, String fileName, long size, String sha256, String uploadedBy,
      LocalDateTime uploadedAt) {
  }

  public record MaterialFiles(String slot, List<Entry> documents) {
  }

  public record DecisionFiles(long decisionId, int seq, String content, String status, LocalDate dueDate,
      List<Entry> evidence) {
  }

  public record GateRoundFiles(long gateReviewId, String gateCode, String gateName, int roundNo, String status,
      String conclusion, LocalDateTime startedAt, LocalDateTime finishedAt, List<MaterialFiles> materials,
      List<Entry> minutes, List<DecisionFiles> decisions) {
  }

  public record ObjectFiles(String id, String code, String name, List<Entry> documents) {
  }

  public record ProjectArchive(String projectCode, String projectName, String regionCode, int fileCount,
      List<GateRoundFiles> gateRounds, List<ObjectFiles> meetings, List<ObjectFiles> certificates,
      List<ObjectFiles> planNodes, List<Entry> reports, List<Entry> other) {
  }

  /** The files of an open task's object; slots for 上会资料, with the reference a slot may carry instead. */
  public record TaskFiles(String taskId, String taskName, String projectCode, OwnerType ownerType, String ownerId,
      DocumentKind kind, boolean mayUpload, long maxSizeMb, List<SlotFiles> slots, List<Entry> documents) {
  }

  public record SlotFiles(int seq, String name, boolean mandatory, String reference, List<Entry> documents) {
  }

  private final DocumentMapper documents;
  private final ArchiveMapper archive;
  private final ProjectService projects;
  private final RegionService regions;
  private final TaskAttachments taskAttachments;
  private final DocumentSettings settings;

  public ArchiveService(DocumentMapper documents, ArchiveMapper archive, ProjectService projects,
      RegionService regions, TaskAttachments taskAttachments, DocumentSettings settings) {
    this.settings = settings;
    this.documents = documents;
    this.archive = archive;
    this.projects = projects;
    this.regions = regions;
    this.taskAttachments = taskAttachments;
  }

  public ProjectArchive project(ApiUser user, String code) {
    Project project = projects.get(user, code);
    List<Document> all = documents.findByProject(project.code());
    Map<Long, List<Document>> chains = all.stream().collect(Collectors.groupingBy(Document::chainId,
        LinkedHashMap::new, Collectors.toList()));
    List<Entry> entries = chains.values().stream().map(ArchiveService::entry).toList();
    Map<String, List<Entry>> byOwner = new LinkedHashMap<>();
    Map<Long, Document> current = new LinkedHashMap<>();
    for (List<Document> chain : chains.values()) {
      Document newest = newest(chain);
      current.put(newest.chainId(), newest);
      byOwner.computeIfAbsent(newest.ownerType() + ":" + newest.ownerId(), k -> new ArrayList<>()).add(entry(chain));
    }

    List<ArchiveMapper.Decision> decisions = archive.decisions(project.code());
    List<GateRoundFiles> rounds = new ArrayList<>();
    Set<Long> gateMeetings = new java.util.HashSet<>();
    for (ArchiveMapper.GateRound round : archive.gateRounds(project.code())) {
      List<Entry> material = of(byOwner, OwnerType.GATE_REVIEW, String.valueOf(round.id()));
      Map<String, List<Entry>> bySlot = material.stream().collect(Collectors.groupingBy(Entry::slot,
          LinkedHashMap::new, Collectors.toList()));
      List<MaterialFiles> materials = bySlot.entrySet().stream().map(e -> new MaterialFiles(e.getKey(), e.getValue()))
          .toList();
      List<Entry> minutes = round.meetingId() == null ? List.of()
          : of(byOwner, OwnerType.MEETING, String.valueOf(round.meetingId()));
      List<DecisionFiles> roundDecisions = round.meetingId() == null ? List.of() : decisions.stream()
          .filter(d -> d.meetingId() == round.meetingId())
          .map(d -> new DecisionFiles(d.id(), d.seq(), d.content(), d.status(), d.dueDate(),
              of(byOwner, OwnerType.DECISION, String.valueOf(d.id()))))
          .toList();
      if (round.meetingId() != null) {
        gateMeetings.add(round.meetingId());
      }
      rounds.add(new GateRoundFiles(round.id(), round.gateCode(), round.gateName(), round.roundNo(), round.status(),
          round.conclusion(), round.startedAt(), round.finishedAt(), materials, minutes, roundDecisions));
    }
    List<ObjectFiles> meetings = archive.meetings(project.code()).stream()
        .filter(m -> !gateMeetings.contains(m.id()))
        .map(m -> new ObjectFiles(String.valueOf(m.id()), m.kind(), m.title(), of(byOwner, OwnerType.MEETING,
            String.valueOf(m.id()))))
        .filter(o -> !o.documents().isEmpty())
        .toList();
    List<ObjectFiles> certificates = archive.certificates(project.code()).stream()
        .map(c -> new ObjectFiles(c.id(), c.code(), c.name(), of(byOwner, OwnerType.CERTIFICATE, c.id())))
        .filter(o -> !o.documents().isEmpty())
        .toList();
    List<ObjectFiles> nodes = archive.planNodes(project.code()).stream()
        .map(n -> {
          List<Entry> files = new ArrayList<>(of(byOwner, OwnerType.PLAN_NODE, n.id()));
          files.addAll(of(byOwner, OwnerType.CORRECTION, n.id()));
          return new ObjectFiles(n.id(), n.code(), n.name(), files);
        })
        .filter(o -> !o.documents().isEmpty())
        .toList();
    Predicate<Document> placed = d -> switch (d.ownerType()) {
      case GATE_REVIEW, MEETING, DECISION, CERTIFICATE, PLAN_NODE, CORRECTION -> true;
      default -> false;
    };
    List<Entry> reports = new ArrayList<>();
    List<Entry> other = new ArrayList<>();
    for (Document d : current.values()) {
      if (!placed.test(d)) {
        (d.kind() == DocumentKind.REPORT ? reports : other).add(entry(chains.get(d.chainId())));
      }
    }
    return new ProjectArchive(project.code(), project.name(), project.regionCode(), entries.size(), rounds, meetings,
        certificates, nodes, reports, other);
  }

  /** A region's own documents (the 双周通报 ...), for those who see the region. */
  public List<Entry> region(ApiUser user, String regionCode, DocumentKind kind) {
    regions.visible(user, regionCode);
    return entries(documents.findRegionVersions(regionCode, kind));
  }

  public TaskFiles taskFiles(ApiUser user, String taskId) {
    TaskAttachments.Resolved found = taskAttachments.resolve(user, taskId);
    if (!found.visibleTo(user)) {
      throw ApiException.notFound("任务不存在、已完成或无权查看：" + taskId);
    }
    TaskAttachments.TaskTarget target = found.target();
    boolean regionOps = user.canWriteMasterData(found.owner().regionCode());
    List<Entry> files = entries(documents.findOwnerVersions(target.ownerType(), target.ownerId()));
    List<SlotFiles> slots = target.slots().stream()
        .map(s -> new SlotFiles(s.seq(), s.name(), s.mandatory(), s.reference(),
            files.stream().filter(f -> s.name().equals(f.slot())).toList()))
        .toList();
    return new TaskFiles(target.taskId(), target.taskName(), found.owner().projectCode(), target.ownerType(),
        target.ownerId(), target.kind(), found.mayAct() || regionOps, settings.maxSize().toMegabytes(), slots, files);
  }

  /** One entry per version chain, in the order the chains first appear. */
  private static List<Entry> entries(List<Document> versions) {
    return versions.stream().collect(Collectors.groupingBy(Document::chainId, LinkedHashMap::new, Collectors.toList()))
        .values().stream().map(ArchiveService::entry).toList();
  }

  private static List<Entry> of(Map<String, List<Entry>> byOwner, OwnerType type, String id) {
    return byOwner.getOrDefault(type + ":" + id, List.of());
  }

  private static Document newest(List<Document> chain) {
    return chain.stream().filter(Document::latest).findFirst()
        .orElseGet(() -> chain.stream().max(Comparator.comparingInt(Document::version)).orElseThrow());
  }

  static Entry entry(List<Document> chain) {
    Document d = newest(chain);
    List<Version> versions = chain.stream().sorted(Comparator.comparingInt(Document::version).reversed())
        .map(v -> new Version(v.id(), v.version(), v.fileName(), v.size(), v.sha256(), v.uploadedBy(), v.uploadedAt()))
        .toList();
    return new Entry(d.id(), d.fileName(), d.kind(), d.slot(), d.mediaType(), d.size(), d.sha256(), d.version(),
        d.uploadedBy(), d.uploadedAt(), d.taskId(), versions);
  }
}
