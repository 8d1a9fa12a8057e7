package com.regionops.notification;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface NotificationMapper {

  /** Inserts unless the dedup key is taken; returns the rows inserted (0 or 1). */
  int insertOnce(Notification notification);

  /** The id of the occasion's record (the outbox needs it; insertOnce cannot hand it back to a record). */
  Long findIdByDedupKey(String dedupKey);

  Notification findById(long id);

  List<Notification> findByBusinessKey(String businessKey);

  List<Notification> findByRecipient(String recipient);
}
