package com.regionops.document;

import com.regionops.platform.engine.KeyedRow;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DocumentMapper {

  DocumentContent findContent(@Param("scope") String scope, @Param("sha256") String sha256);

  DocumentContent findContentById(long id);

  /** Sets row.id to the generated key. */
  void insertContent(KeyedRow<DocumentContent> row);

  int setStorageKey(@Param("id") long id, @Param("storageKey") String storageKey);

  void insertChunk(@Param("contentId") long contentId, @Param("seq") int seq, @Param("data") byte[] data);

  /** The chunk's bytes as a one-element list: MyBatis takes an array return type for a list of rows. */
  List<byte[]> findChunk(@Param("contentId") long contentId, @Param("seq") int seq);

  /** Sets row.id to the generated key; {@code latestKey} is the unique key of a current version. */
  void insert(@Param("row") KeyedRow<Document> row, @Param("latestKey") String latestKey);

  int setChain(@Param("id") long id, @Param("chainId") long chainId);

  /** A document that has not been deleted. */
  Document findById(long id);

  /** The current version for a slot and file name, locked until the transaction ends. */
  Document findLatestForUpdate(@Param("ownerType") OwnerType ownerType, @Param("ownerId") String ownerId,
      @Param("slot") String slot, @Param("fileName") String fileName);

  Document findByIdForUpdate(long id);

  /** latestKey null when the row stops being current. */
  int setLatest(@Param("id") long id, @Param("latest") boolean latest, @Param("latestKey") String latestKey);

  /** The current versions of what belongs to an owner, by slot and upload time. */
  List<Document> findByOwner(@Param("ownerType") OwnerType ownerType, @Param("ownerId") String ownerId);

  /** Every version of a chain, newest first. */
  List<Document> findVersions(long chainId);

  /** Every version of every document of a project, oldest first. */
  List<Document> findByProject(String projectCode);

  /** Every version of every document of an owner, in upload order: one read for a task's files. */
  List<Document> findOwnerVersions(@Param("ownerType") OwnerType ownerType, @Param("ownerId") String ownerId);

  /** Every version of the region-wide documents (no project), of a kind when given, newest first. */
  List<Document> findRegionVersions(@Param("regionCode") String regionCode, @Param("kind") DocumentKind kind);

  int markDeleted(@Param("id") long id, @Param("by") String by, @Param("at") LocalDateTime at);

  /** The newest remaining version of a chain, or null. */
  Document findNewestInChain(long chainId);

  /** Region and project of an owner object, or null when it does not exist. Numeric ids only where the type has them. */
  OwnerRef findOwner(@Param("ownerType") OwnerType ownerType, @Param("ownerId") String ownerId);

  void insertAccess(DocumentAccess access);

  List<DocumentAccess> findAccess(@Param("documentId") Long documentId, @Param("userId") String userId,
      @Param("limit") int limit);
}
