package com.regionops.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.org.Project;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Document rows and the database store's chunks, on H2 and MariaDB. */
class DocumentMapperTest {

  static final LocalDateTime AT = LocalDateTime.of(2026, 12, 6, 10, 30, 15);

  static DocumentContent content(DocumentMapper mapper, String scope, String sha, long size) {
    KeyedRow<DocumentContent> row = new KeyedRow<>(new DocumentContent(null, scope, sha, size, "DATABASE", null));
    mapper.insertContent(row);
    return new DocumentContent(row.getId(), scope, sha, size, "DATABASE", null);
  }

  static Document document(Project project, DocumentContent content, String slot, String name, Long chain, int version) {
    return new Document(null, project.regionCode(), project.code(), DocumentKind.MATERIAL, OwnerType.GATE_REVIEW, "42",
        slot, name, "application/pdf", content.sizeBytes(), content.sha256(), content.id(), chain, version, true,
        "task-1", "office.test", AT);
  }

  static long insert(DocumentMapper mapper, Document document) {
    KeyedRow<Document> row = new KeyedRow<>(document);
    mapper.insert(row, document.latest() ? DocumentService.latestKey(document) : null);
    if (document.chainId() == null) {
      mapper.setChain(row.getId(), row.getId());
    }
    return row.getId();
  }

  static String sha(char c) {
    return String.valueOf(c).repeat(64);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aDocumentReadsBackWithItsChineseNameAndVersions(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      DocumentMapper mapper = session.getMapper(DocumentMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      DocumentContent content = content(mapper, project.code(), sha('a'), 1234);
      String name = "可研报告（盖章版）" + Fixtures.FOUR_BYTE_TEXT + ".pdf";

      long first = insert(mapper, document(project, content, "可行性研究报告", name, null, 1));
      Document v1 = mapper.findLatestForUpdate(OwnerType.GATE_REVIEW, "42", "可行性研究报告", name);
      mapper.setLatest(v1.id(), false, null);
      long second = insert(mapper, document(project, content, "可行性研究报告", name, first, 2));

      Document found = mapper.findById(second);
      assertThat(found.fileName()).isEqualTo(name);
      assertThat(found.kind()).isEqualTo(DocumentKind.MATERIAL);
      assertThat(found.size()).isEqualTo(1234);
      assertThat(found.uploadedAt()).isEqualTo(AT);
      assertThat(found.chainId()).isEqualTo(first);
      assertThat(mapper.findVersions(first)).extracting(Document::version).containsExactly(2, 1);
      assertThat(mapper.findByOwner(OwnerType.GATE_REVIEW, "42")).extracting(Document::id).containsExactly(second);
      assertThat(mapper.findOwnerVersions(OwnerType.GATE_REVIEW, "42")).extracting(Document::id)
          .containsExactly(first, second);
      assertThat(mapper.findByProject(project.code())).extracting(Document::id).containsExactly(first, second);
      assertThat(mapper.findContent(project.code(), sha('a')).id()).isEqualTo(content.id());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aDeletedVersionDisappearsAndTheOneBeforeIsCurrentAgain(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      DocumentMapper mapper = session.getMapper(DocumentMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      DocumentContent content = content(mapper, project.code(), sha('b'), 10);
      long first = insert(mapper, document(project, content, "", "照片.jpg", null, 1));
      mapper.setLatest(first, false, null);
      long second = insert(mapper, document(project, content, "", "照片.jpg", first, 2));

      assertThat(mapper.markDeleted(second, "office.test", AT)).isEqualTo(1);
      assertThat(mapper.markDeleted(second, "office.test", AT)).as("once").isZero();
      Document newest = mapper.findNewestInChain(first);
      mapper.setLatest(newest.id(), true, DocumentService.latestKey(newest));

      assertThat(mapper.findById(second)).isNull();
      assertThat(mapper.findByOwner(OwnerType.GATE_REVIEW, "42")).extracting(Document::id).containsExactly(first);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void onlyOneCurrentVersionPerOwnerSlotAndName(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      DocumentMapper mapper = session.getMapper(DocumentMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      DocumentContent content = content(mapper, project.code(), sha('f'), 10);
      insert(mapper, document(project, content, "方案图纸", "总平面图.pdf", null, 1));
      insert(mapper, document(project, content, "方案图纸", "鸟瞰图.pdf", null, 1));

      assertThatThrownBy(() -> insert(mapper, document(project, content, "方案图纸", "总平面图.pdf", null, 1)))
          .as("a second first version of the same name at the same moment")
          .hasRootCauseInstanceOf(java.sql.SQLIntegrityConstraintViolationException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aRegionsOwnDocumentsAreListedByKindNewestFirst(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      DocumentMapper mapper = session.getMapper(DocumentMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      DocumentContent content = content(mapper, "region:" + project.regionCode(), sha('g'), 10);
      Document report = new Document(null, project.regionCode(), null, DocumentKind.REPORT, OwnerType.RISK_CHECK, "7",
          "", "双周通报.pdf", "application/pdf", 10, sha('g'), content.id(), null, 1, true, null, "system", AT);
      long older = insert(mapper, report);
      long newer = insert(mapper, new Document(null, project.regionCode(), null, DocumentKind.REPORT,
          OwnerType.RISK_CHECK, "8", "", "双周通报.pdf", "application/pdf", 10, sha('g'), content.id(), null, 1, true,
          null, "system", AT.plusDays(14)));
      insert(mapper, document(project, content, "", "项目文件.pdf", null, 1));

      assertThat(mapper.findRegionVersions(project.regionCode(), DocumentKind.REPORT)).extracting(Document::id)
          .containsExactly(newer, older);
      assertThat(mapper.findRegionVersions(project.regionCode(), DocumentKind.MINUTES)).isEmpty();
    }
  }

  /** 下发文件 of group-ops belong to no region; an instruction's owner row names the issuer's region, if any. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anIssuedDocumentMayBelongToNoRegion(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      DocumentMapper mapper = session.getMapper(DocumentMapper.class);
      DocumentContent content = content(mapper, "group", sha('i'), 10);
      long id = insert(mapper, new Document(null, null, null, DocumentKind.ISSUED, OwnerType.INSTRUCTION, "77", "",
          "通知.pdf", "application/pdf", 10, sha('i'), content.id(), null, 1, true, null, "groupops", AT));

      assertThat(mapper.findById(id).regionCode()).isNull();
      assertThat(mapper.findByOwner(OwnerType.INSTRUCTION, "77")).extracting(Document::id).containsExactly(id);
      assertThat(mapper.findOwner(OwnerType.INSTRUCTION, "999999999")).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void contentIsStoredOncePerScopeAndHash(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      DocumentMapper mapper = session.getMapper(DocumentMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      content(mapper, project.code(), sha('c'), 1);
      content(mapper, "region:" + project.regionCode(), sha('c'), 1);

      assertThatThrownBy(() -> content(mapper, project.code(), sha('c'), 1))
          .hasRootCauseInstanceOf(java.sql.SQLIntegrityConstraintViolationException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theDatabaseStoreWritesChunksAndReadsAnyRangeBack(TestDatabase db) throws IOException {
    try (SqlSession session = db.openSession()) {
      DocumentMapper mapper = session.getMapper(DocumentMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      byte[] bytes = new byte[DatabaseDocumentStore.CHUNK_SIZE * 2 + 12345];
      new Random(19).nextBytes(bytes);
      DocumentContent content = content(mapper, project.code(), sha('d'), bytes.length);
      DatabaseDocumentStore store = new DatabaseDocumentStore(mapper);

      assertThat(store.put(content, new ByteArrayInputStream(bytes))).isNull();

      assertThat(read(store.open(content, 0, bytes.length))).isEqualTo(bytes);
      int from = DatabaseDocumentStore.CHUNK_SIZE - 10;
      assertThat(read(store.open(content, from, 30)))
          .as("a range across a chunk border").isEqualTo(java.util.Arrays.copyOfRange(bytes, from, from + 30));
      assertThat(read(store.open(content, bytes.length - 5, 5)))
          .isEqualTo(java.util.Arrays.copyOfRange(bytes, bytes.length - 5, bytes.length));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void ownersResolveToTheirProjectAndRegion(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      DocumentMapper mapper = session.getMapper(DocumentMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());

      assertThat(mapper.findOwner(OwnerType.PROJECT, project.code()))
          .isEqualTo(new OwnerRef(project.regionCode(), project.code()));
      assertThat(mapper.findOwner(OwnerType.GATE_REVIEW, "999999999")).isNull();
      assertThat(mapper.findOwner(OwnerType.CERTIFICATE, "999999999")).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyAccessIsRecordedNewestFirst(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      DocumentMapper mapper = session.getMapper(DocumentMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      long id = insert(mapper, document(project, content(mapper, project.code(), sha('e'), 1), "", "a.pdf", null, 1));
      mapper.insertAccess(new DocumentAccess(null, id, "office.test", DocumentAccess.UPLOAD, null, AT));
      mapper.insertAccess(new DocumentAccess(null, id, "ops.test", DocumentAccess.DOWNLOAD, "0-99", AT.plusMinutes(1)));

      List<DocumentAccess> log = mapper.findAccess(id, null, 10);
      assertThat(log).extracting(DocumentAccess::action).containsExactly(DocumentAccess.DOWNLOAD, DocumentAccess.UPLOAD);
      assertThat(log.get(0).byteRange()).isEqualTo("0-99");
      assertThat(mapper.findAccess(id, "office.test", 10)).singleElement()
          .satisfies(a -> assertThat(a.userId()).isEqualTo("office.test"));
    }
  }

  static byte[] read(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }
}
