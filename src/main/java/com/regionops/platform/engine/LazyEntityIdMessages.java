package com.regionops.platform.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Camunda checks the id of every entity it inserts with a message that renders the whole entity
 * ({@code "Entity " + entity + " has an invalid id"}), built before the check, so every insert pays
 * for a toString of a variable, a history event or a timer: 7 % of the app's CPU in a plan-adjustment
 * start (bench/README.md, issue 11). Here the message is built only when the id is refused, by
 * Camunda's own check. Same checks, same exception.
 */
public class LazyEntityIdMessages extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    // replaces the engine's own factory: session factories are keyed by session type
    factories.add(new DbEntityManagerFactory(null) {
      @Override
      public DbEntityManager openSession() {
        PersistenceSession persistence = Context.getCommandContext().getSession(PersistenceSession.class);
        return new EntityManager(configuration, persistence);
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  static class EntityManager extends DbEntityManager {

    EntityManager(ProcessEngineConfigurationImpl configuration, PersistenceSession persistence) {
      super(configuration.getIdGenerator(), persistence);
    }

    @Override
    protected void validateId(DbEntity entity) {
      String id = entity.getId();
      if (id == null || "*".equals(id)) {
        super.validateId(entity);
      }
    }
  }
}
