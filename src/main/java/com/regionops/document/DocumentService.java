package com.regionops.document;

import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files and who may touch them. Upload: whoever may act on the open task the file belongs to, or
 * region-ops of the project's region. Read: whoever may see the project (an office its own,
 * region users their region, group-ops all); anything else is 404, as if it did not exist.
 * Content is never changed in place: a new upload for the same slot and name is a new version,
 * and a document that went with a completed task (or that the system generated) is not deleted.
 */
@Service
public class DocumentService {

  static final int MAX_NAME = 255;
  static final int MAX_SLOT = 100;

  private final DocumentMapper documents;
  private final DocumentStore store;
  private final DocumentSettings settings;
  private final ProjectMapper projects;
  private final TaskAttachments taskAttachments;
  private final TransactionTemplate transaction;
  private final java.util.Map<OwnerType, OwnerAccess> ownerAccess = new java.util.EnumMap<>(OwnerType.class);

  public DocumentService(DocumentMapper documents, DocumentStore store, DocumentSettings settings,
      ProjectMapper projects, TaskAttachments taskAttachments,
      org.springframework.transaction.PlatformTransactionManager transactions, List<OwnerAccess> ownerAccess) {
    ownerAccess.forEach(access -> this.ownerAccess.put(access.ownerType(), access));
    this.transaction = new TransactionTemplate(transactions);
    this.documents = documents;
    this.store = store;
    this.settings = settings;
    this.projects = projects;
    this.taskAttachments = taskAttachments;
  }

  /** Where an upload goes, once the caller's right to put it there is established. */
  record Target(String regionCode, String projectCode, DocumentKind kind, OwnerType ownerType, String ownerId,
      String slot, String taskId) {
  }

  /**
   * Checks the caller and the file, sniffs and hashes it before any transaction, writes object
   * storage before it too, and keeps only the rows (and the database store's chunks) in one.
   */
  public Document upload(ApiUser user, UploadCommand command, Upload file) {
    Target target = authorizeUpload(user, command);
    return store(target, prepare(file), command.replaces(), user.id());
  }

  /**
   * Files a document the application made itself (minutes, reports): no caller to check. Joins the
   * caller's transaction (a task's completion), so the file goes with the step that made it.
   */
  public Document fileGenerated(OwnerRef where, DocumentKind kind, OwnerType ownerType, String ownerId,
      String slot, String fileName, byte[] content) {
    return store(new Target(where.regionCode(), where.projectCode(), kind, ownerType, ownerId, slot, null),
        prepare(Upload.of(fileName, content)), null, SYSTEM_USER);
  }

  static final String SYSTEM_USER = "system";

  /**
   * Files a document its issuer attaches to what it issues (an instruction): no task and no project, the
   * issuer's region (none for group-ops); the caller's right to issue was checked by the owner's service,
   * and who reads it is the owner's rule ({@link OwnerAccess}).
   */
  public Document fileIssued(ApiUser user, OwnerType ownerType, String ownerId, String regionCode, Upload file) {
    if (!ownerAccess.containsKey(ownerType)) {
      throw new IllegalArgumentException(ownerType + " has no OwnerAccess: its files would be readable by no one");
    }
    return store(new Target(regionCode, null, DocumentKind.ISSUED, ownerType, ownerId, "", null), prepare(file), null,
        user.id());
  }

  /**
   * Files a document of a project's own matter outside any task (a 合作方事项's meeting materials): kind OTHER, in
   * the project's archive, read by whoever sees the project; the caller's right to file it was checked by the
   * owner's service.
   */
  public Document fileForProject(ApiUser user, OwnerRef where, OwnerType ownerType, String ownerId, Upload file) {
    return store(new Target(where.regionCode(), where.projectCode(), DocumentKind.OTHER, ownerType, ownerId, "", null),
        prepare(file), null, user.id());
  }

  /**
   * Files a copy of a document the caller may read for an owner of theirs (a knowledge entry citing a project's
   * minutes): the copy is read by the owner's rule, the original keeps its own. Joins the caller's transaction.
   */
  public Document fileCopy(ApiUser user, long sourceId, OwnerType ownerType, String ownerId, String regionCode) {
    Document source = get(user, sourceId);
    DocumentContent content = documents.findContentById(source.contentId());
    byte[] bytes;
    try (InputStream in = storeOf(content).open(content, 0, content.sizeBytes())) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading document " + sourceId, e);
    }
    return fileIssued(user, ownerType, ownerId, regionCode, Upload.of(source.fileName(), bytes));
  }

  /**
   * The current files of an owner as a Markdown list of download links, for a Camunda Form's text (the
   * Tasklist session may open /api/v1); empty when there are none.
   */
  public String markdownLinks(OwnerType ownerType, String ownerId) {
    StringBuilder text = new StringBuilder();
    for (Document d : documents.findByOwner(ownerType, ownerId)) {
      text.append("- [").append(d.fileName().replaceAll("([\\\\`*_\\[\\]()#!<>])", "\\\\$1"))
          .append("](/api/v1/documents/").append(d.id()).append("/content)\n");
    }
    return text.toString();
  }

  /** The current files of an owner, for its own API (an instruction's 下发文件). */
  public List<Document> ofOwner(OwnerType ownerType, String ownerId) {
    return documents.findByOwner(ownerType, ownerId);
  }

  /** Kinds only the application files: its own PDFs of approved minutes and reviewed reports. */
  static final java.util.Set<DocumentKind> GENERATED_KINDS = java.util.EnumSet.of(DocumentKind.MINUTES, DocumentKind.REPORT);

  private Target authorizeUpload(ApiUser user, UploadCommand command) {
    DocumentKind kind = command.kind() == null || command.kind().isBlank() ? null
        : parse(DocumentKind.class, "kind", command.kind());
    if (kind != null && GENERATED_KINDS.contains(kind)) {
      throw ApiException.badInput("kind", kind.label() + "由系统在审批后生成，不能上传");
    }
    if (!blank(command.taskId())) {
      return taskTarget(user, command, kind);
    }
    if (blank(command.projectCode())) {
      throw ApiException.badInput("projectCode", "必填");
    }
    Project project = projects.findByCode(command.projectCode().trim());
    if (project == null || !user.canSeeProject(project.code(), project.regionCode())) {
      throw ApiException.notFound("项目不存在或无权查看：" + command.projectCode());
    }
    if (blank(command.ownerType())) {
      throw ApiException.badInput("ownerType", "必填（或填写 taskId）");
    }
    OwnerType ownerType = parse(OwnerType.class, "ownerType", command.ownerType());
    // 节点填报 over the API: the office puts a node's 阶段成果 in place before it reports the node done
    boolean officeDeliverable = ownerType == OwnerType.PLAN_NODE && kind == DocumentKind.DELIVERABLE
        && user.officeProjects().contains(project.code());
    if (!officeDeliverable && !user.canWriteMasterData(project.regionCode())) {
      throw ApiException.forbidden("请在待办任务中上传（taskId）；不经任务上传仅限本区域运营管理部"
          + "（项目公司可为本项目计划节点上传阶段成果：ownerType=PLAN_NODE，kind=DELIVERABLE）");
    }
    String ownerId = ownerType == OwnerType.PROJECT && blank(command.ownerId()) ? project.code() : command.ownerId();
    OwnerRef owner = owner(ownerType, ownerId);
    if (owner == null || !project.code().equals(owner.projectCode())) {
      throw ApiException.badInput("ownerId", ownerType.label() + "不存在或不属于项目 " + project.code());
    }
    if (kind == null) {
      throw ApiException.badInput("kind", "必填，可选值：" + String.join(", ", names(DocumentKind.values())));
    }
    return new Target(project.regionCode(), project.code(), kind, ownerType, ownerId.trim(), slot(command.slot()),
        null);
  }

  /**
   * An upload in an open task: the task names the object and so the project (or, for a region's
   * meeting, only the region). Whoever cannot see that object, or may not act on the task, learns
   * nothing about it: 404 or 403 before any word on what the task takes.
   */
  private Target taskTarget(ApiUser user, UploadCommand command, DocumentKind requestedKind) {
    String taskId = command.taskId().trim();
    TaskAttachments.Resolved found = taskAttachments.resolve(user, taskId);
    if (!found.visibleTo(user)) {
      throw ApiException.notFound("任务不存在、已完成、不接收文件或无权查看：" + taskId);
    }
    if (!found.mayAct() && !user.canWriteMasterData(found.owner().regionCode())) {
      throw ApiException.forbidden("只有任务「" + found.task().getName() + "」的办理人或本区域运营管理部可以上传");
    }
    TaskAttachments.TaskTarget task = found.target();
    if (!blank(command.projectCode()) && !command.projectCode().trim().equals(found.owner().projectCode())) {
      throw ApiException.badInput("projectCode", "任务「" + task.taskName() + "」不属于项目 " + command.projectCode());
    }
    if (requestedKind != null && requestedKind != task.kind()) {
      throw ApiException.badInput("kind", "本任务的文件类别是「" + task.kind().label() + "」");
    }
    return new Target(found.owner().regionCode(), found.owner().projectCode(), task.kind(), task.ownerType(),
        task.ownerId(), slotOf(task, command.slot()), task.taskId());
  }

  private static String slotOf(TaskAttachments.TaskTarget task, String requested) {
    if (task.slots().isEmpty()) {
      return slot(requested);
    }
    if (blank(requested)) {
      throw ApiException.badInput("slot", "请选择资料项：" + String.join("、", task.slots().stream()
          .map(TaskAttachments.MaterialSlot::name).toList()));
    }
    String wanted = requested.trim();
    return task.slots().stream().map(TaskAttachments.MaterialSlot::name).filter(wanted::equals).findFirst()
        .orElseThrow(() -> ApiException.badInput("slot", "不是本任务的资料项：" + wanted));
  }

  /** A file checked, named and hashed, ready to store. */
  record Prepared(Upload file, String fileName, String mediaType, String sha256) {
  }

  /** Size, name and type checks, and the hash: reads the file twice, holds nothing else. */
  Prepared prepare(Upload file) {
    if (file == null) {
      throw ApiException.badInput("file", "必填：请选择要上传的文件");
    }
    if (file.size() <= 0) {
      throw ApiException.badInput("file", "文件为空");
    }
    if (file.size() > settings.maxSize().toBytes()) {
      String why = "文件超过 " + settings.maxSize().toMegabytes() + " MB";
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "file：" + why, List.of(new ApiException.FieldProblem("file", why)));
    }
    String fileName = cleanName(file.originalName());
    MediaTypes.Sniffed sniffed = sniff(file, fileName);
    if (!sniffed.allowed() || !sniffed.matchesName()) {
      String why = !sniffed.allowed()
          ? "不支持的文件类型（" + sniffed.mediaType() + "），可上传：" + MediaTypes.ALLOWED_TEXT
          : "文件内容（" + sniffed.mediaType() + "）与扩展名不符";
      throw ApiException.unsupported("file", why);
    }
    return new Prepared(file, fileName, sniffed.mediaType(), sha256(file));
  }

  /**
   * Object storage is written before the transaction, under a key of this upload alone, and the
   * object removed again unless the transaction commits with a row that names it; the database
   * store writes its chunks inside the transaction, which a rollback removes.
   */
  private Document store(Target target, Prepared prepared, Long replaces, String userId) {
    String scope = target.projectCode() != null ? target.projectCode()
        : target.regionCode() != null ? "region:" + target.regionCode() : "group";
    String staged = !store.writesInTransaction() && documents.findContent(scope, prepared.sha256()) == null
        ? write(new DocumentContent(null, scope, prepared.sha256(), prepared.file().size(), store.name(), null), prepared)
        : null;
    java.util.concurrent.atomic.AtomicBoolean registered = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.atomic.AtomicBoolean used = new java.util.concurrent.atomic.AtomicBoolean();
    try {
      return transaction.execute(status -> {
        if (staged != null) {
          TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int outcome) {
              if (outcome != STATUS_COMMITTED || !used.get()) {
                store.discard(staged);
              }
            }
          });
          registered.set(true);
        }
        DocumentContent content = content(scope, prepared, staged);
        used.set(staged != null && staged.equals(content.storageKey()));
        return storeRows(target, prepared, content, replaces, userId);
      });
    } catch (RuntimeException e) {
      if (staged != null && !registered.get()) {
        store.discard(staged);
      }
      throw e;
    }
  }

  private Document storeRows(Target target, Prepared prepared, DocumentContent content, Long replaces, String userId) {
    Document previous = replaces != null ? replaced(target, replaces)
        : documents.findLatestForUpdate(target.ownerType(), target.ownerId(), target.slot(), prepared.fileName());
    if (previous != null) {
      documents.setLatest(previous.id(), false, null);
    }
    Document row = new Document(null, target.regionCode(), target.projectCode(), target.kind(), target.ownerType(),
        target.ownerId(), target.slot(), prepared.fileName(), prepared.mediaType(), prepared.file().size(),
        prepared.sha256(), content.id(), previous == null ? null : previous.chainId(),
        previous == null ? 1 : previous.version() + 1, true, target.taskId(), userId, EngineTime.now());
    KeyedRow<Document> keyed = new KeyedRow<>(row);
    // latest_key is unique: two first uploads of one name at once cannot both become current (409)
    documents.insert(keyed, latestKey(row));
    long id = keyed.getId();
    if (previous == null) {
      documents.setChain(id, id);
    }
    documents.insertAccess(new DocumentAccess(null, id, userId, DocumentAccess.UPLOAD, null, EngineTime.now()));
    return documents.findById(id);
  }

  /** One current document per owner, slot and name: the key of the unique index ro_document.latest_key. */
  static String latestKey(Document d) {
    return sha256Hex(d.ownerType() + "\u0000" + d.ownerId() + "\u0000" + d.slot() + "\u0000" + d.fileName());
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Document replaced(Target target, long replaces) {
    Document previous = documents.findByIdForUpdate(replaces);
    if (previous == null || !previous.latest() || previous.ownerType() != target.ownerType()
        || !previous.ownerId().equals(target.ownerId()) || !previous.slot().equals(target.slot())) {
      throw ApiException.badInput("replaces", "只能为同一资料项下的当前版本上传新版本");
    }
    return previous;
  }

  /** The stored bytes for this scope and hash: found, or recorded now (the database store writes them now). */
  private DocumentContent content(String scope, Prepared prepared, String staged) {
    DocumentContent existing = documents.findContent(scope, prepared.sha256());
    if (existing != null) {
      return existing;
    }
    KeyedRow<DocumentContent> keyed = new KeyedRow<>(new DocumentContent(null, scope, prepared.sha256(),
        prepared.file().size(), store.name(), staged));
    documents.insertContent(keyed);
    DocumentContent created = new DocumentContent(keyed.getId(), scope, prepared.sha256(), prepared.file().size(),
        store.name(), staged);
    if (staged == null) {
      String key = write(created, prepared);
      if (key != null) {
        documents.setStorageKey(created.id(), key);
      }
    }
    return created;
  }

  private String write(DocumentContent content, Prepared prepared) {
    try (InputStream in = prepared.file().open()) {
      return store.put(content, in);
    } catch (IOException e) {
      throw new UncheckedIOException("storing content of " + prepared.fileName(), e);
    }
  }

  /** A document the caller may see, or 404. */
  public Document get(ApiUser user, long id) {
    Document document = documents.findById(id);
    if (document == null || !canSee(user, document)) {
      throw ApiException.notFound("文件不存在或无权查看：" + id);
    }
    return document;
  }

  public List<Document> versions(ApiUser user, long id) {
    return documents.findVersions(get(user, id).chainId());
  }

  /** The bytes of a document the caller may see, from {@code offset}; the download is recorded. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public InputStream open(ApiUser user, Document document, long offset, long length, String range) {
    DocumentContent content = documents.findContentById(document.contentId());
    documents.insertAccess(new DocumentAccess(null, document.id(), user.id(), DocumentAccess.DOWNLOAD, range,
        EngineTime.now()));
    try {
      return storeOf(content).open(content, offset, length);
    } catch (IOException e) {
      throw new UncheckedIOException("reading document " + document.id(), e);
    }
  }

  private DocumentStore storeOf(DocumentContent content) {
    if (!store.name().equals(content.store())) {
      throw new IllegalStateException("document content " + content.id() + " lives in store " + content.store()
          + ", the app is configured for " + store.name());
    }
    return store;
  }

  /**
   * Removes a document uploaded in a task that is still open, by whoever may act on it or
   * region-ops: a mistaken upload. Once its task is completed, or when the system made it, it is
   * the record and stays; a new version is the only way to change it.
   */
  @Transactional
  public void delete(ApiUser user, long id) {
    Document document = get(user, id);
    if (SYSTEM_USER.equals(document.uploadedBy())) {
      throw ApiException.conflict("id", "文件由系统生成，不能删除；请上传新版本");
    }
    if (document.taskId() == null) {
      // filed outside any task: by region-ops, or a group-ops 下发文件 (no region), deleted by who may file it
      boolean mayDelete = document.regionCode() == null
          ? user.isAdmin() || user.groups().contains(com.regionops.platform.security.Groups.GROUP_OPS)
          : user.canWriteMasterData(document.regionCode());
      if (!mayDelete) {
        throw ApiException.forbidden(document.regionCode() == null ? "集团下发的文件仅集团运营中心可以删除"
            : "不经任务上传的文件仅本区域运营管理部可以删除");
      }
    } else {
      TaskAttachments.Resolved task = taskAttachments.resolve(user, document.taskId());
      boolean open = task.task() != null;
      if (open && !task.mayAct() && !user.canWriteMasterData(document.regionCode())) {
        throw ApiException.forbidden("只有任务「" + task.task().getName() + "」的办理人或本区域运营管理部可以删除");
      }
      if (!open) {
        throw ApiException.conflict("id", "文件已随办结的任务提交，不能删除或替换；请上传新版本");
      }
    }
    Document locked = documents.findByIdForUpdate(id);
    if (locked == null || documents.markDeleted(id, user.id(), EngineTime.now()) != 1) {
      throw ApiException.notFound("文件不存在或无权查看：" + id);
    }
    if (locked.latest()) {
      Document newest = documents.findNewestInChain(locked.chainId());
      if (newest != null) {
        documents.setLatest(newest.id(), true, latestKey(newest));
      }
    }
    documents.insertAccess(new DocumentAccess(null, id, user.id(), DocumentAccess.DELETE, null, EngineTime.now()));
  }

  /** The application's own current file of this kind for an owner (a filed PDF), or null. */
  public Document generated(OwnerType ownerType, String ownerId, DocumentKind kind) {
    return documents.findByOwner(ownerType, ownerId).stream()
        .filter(d -> d.kind() == kind && SYSTEM_USER.equals(d.uploadedBy())).findFirst().orElse(null);
  }

  /** Upload and download records, newest first: for camunda-admin only. */
  public List<DocumentAccess> accessLog(ApiUser user, Long documentId, String userId, Integer limit) {
    if (!user.isAdmin()) {
      throw ApiException.forbidden("仅流程管理员可查看文件访问记录");
    }
    int rows = limit == null ? 200 : limit;
    if (rows < 1 || rows > 1000) {
      throw ApiException.badInput("limit", "取值 1 到 1000");
    }
    return documents.findAccess(documentId, blank(userId) ? null : userId.trim(), rows);
  }

  private boolean canSee(ApiUser user, Document document) {
    OwnerAccess access = ownerAccess.get(document.ownerType());
    if (access != null) {
      return access.canRead(user, document.ownerId());
    }
    return document.projectCode() != null ? user.canSeeProject(document.projectCode(), document.regionCode())
        : user.canSeeRegion(document.regionCode());
  }

  OwnerRef owner(OwnerType type, String ownerId) {
    if (blank(ownerId) || ownerId.length() > 64) {
      throw ApiException.badInput("ownerId", "必填，不超过 64 个字符");
    }
    String id = ownerId.trim();
    if (type != OwnerType.PROJECT && !id.matches("[0-9]{1,18}")) {
      throw ApiException.badInput("ownerId", type.label() + "的编号应为数字");
    }
    return documents.findOwner(type, id);
  }

  /**
   * The name as a person gave it, without the folders some browsers and clients send
   * ({@code ../../x.pdf}, {@code C:\x.pdf}) and without control characters.
   */
  static String cleanName(String original) {
    String name = original == null ? "" : original;
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(cut + 1);
    StringBuilder clean = new StringBuilder(name.length());
    name.codePoints().filter(c -> c >= 0x20 && c != 0x7f && c != '"' && c != '<' && c != '>' && c != '|'
        && c != '*' && c != '?' && c != ':').forEach(clean::appendCodePoint);
    String result = clean.toString().strip();
    while (result.startsWith(".")) {
      result = result.substring(1);
    }
    if (result.isEmpty()) {
      throw ApiException.badInput("file", "文件名为空");
    }
    if (result.length() > MAX_NAME) {
      int dot = result.lastIndexOf('.');
      String ext = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
      result = result.substring(0, MAX_NAME - ext.length()) + ext;
    }
    return result;
  }

  private static String slot(String slot) {
    if (slot == null || slot.isBlank()) {
      return "";
    }
    String trimmed = slot.strip();
    if (trimmed.length() > MAX_SLOT || trimmed.chars().anyMatch(c -> c < 0x20 || c == '<' || c == '>')) {
      throw ApiException.badInput("slot", "不超过 " + MAX_SLOT + " 个字符，不含 < > 和控制字符");
    }
    return trimmed;
  }

  private static MediaTypes.Sniffed sniff(Upload file, String fileName) {
    try (InputStream in = new BufferedInputStream(file.open(), 64 * 1024)) {
      return MediaTypes.sniff(in, fileName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Upload file) {
    try (DigestInputStream in = new DigestInputStream(file.open(), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badInput(field, "取值无效：" + value + "，可选值：" + String.join(", ", names(type.getEnumConstants())));
    }
  }

  private static String[] names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toArray(String[]::new);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
