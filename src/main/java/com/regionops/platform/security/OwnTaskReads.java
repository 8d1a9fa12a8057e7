package com.regionops.platform.security;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Inbox reads without per-task rows (issue 26). A task query whose every row is a task the caller is a
 * candidate for (one of their own groups, or themselves) or assigned to runs without Camunda's per-task
 * authorization check: Camunda's DefaultAuthorizationProvider gives exactly those people READ on exactly
 * those tasks when the link or assignment is made and keeps it while the task lives (region-ops reads
 * through its "*" grant instead, RegionWideTaskReads), and TaskCommandGuard lets no one but camunda-admin
 * add links, so the check cannot remove a row. The tenant check stays.
 *
 * <p>Every other task query, and the variable query behind Tasklist's columns, keeps the same permission
 * checks in Camunda's correlated ("revoke") form, one indexed lookup per row, instead of the join that
 * compares every task with every per-task row of the reader (quadratic: a president's Tasklist count over
 * 10,001 tasks took 28 s on MariaDB, research in issue 26). Nothing is skipped while a revoke
 * authorization exists for the caller or their groups (Camunda's own "auto" test), so revokes still apply.
 *
 * <p>It also skips the engine's read of every group holding a grant, once per command: see
 * {@link Manager#filterAuthenticatedGroupIds}.
 *
 * <p>The one difference to the engine: deleting a group's READ row on a task by hand no longer hides the
 * task from that group's inbox; remove the candidate link instead (docs/access-matrix.md).
 */
public class OwnTaskReads extends AbstractProcessEnginePlugin {

  /** Off only in tests that compare against the full check (regionops.security.own-task-reads). */
  private volatile boolean skipOwnTaskChecks;

  public OwnTaskReads(boolean skipOwnTaskChecks) {
    this.skipOwnTaskChecks = skipOwnTaskChecks;
  }

  /** For tests in this package: false makes every task query run the full (correlated) check. */
  void setSkipOwnTaskChecks(boolean skip) {
    this.skipOwnTaskChecks = skip;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        // custom factories are registered after the defaults, so this one replaces the engine's
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new Manager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  class Manager extends AuthorizationManager {

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
      super.configureTaskQuery(query);
      AuthorizationCheck check = query.getAuthCheck();
      if (!check.isAuthorizationCheckEnabled()) {
        return; // authorization off, no authentication, or camunda-admin
      }
      Authentication caller = getCurrentAuthentication();
      if (skipOwnTaskChecks && OwnTasksOnly.holds(query, caller.getUserId(), caller.getGroupIds())
          && !isRevokeAuthCheckEnabled(caller.getUserId(), caller.getGroupIds())) {
        check.setAuthorizationCheckEnabled(false);
      } else {
        check.setRevokeAuthorizationCheckEnabled(true);
      }
    }

    /**
     * The caller's groups as they are. The engine first reads every group that holds any grant (SELECT DISTINCT
     * GROUP_ID_ over all of ACT_RU_AUTHORIZATION, per-task rows included, once in every command) only to drop the
     * caller's groups that hold none from its checks' IN lists; such a group matches no row, so every check answers
     * the same without the read. Our users belong to a few groups each (the read is for directories with hundreds).
     */
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
    }

    @Override
    protected void configureVariableInstanceQuery(VariableInstanceQueryImpl query) {
      super.configureVariableInstanceQuery(query);
      query.getAuthCheck().setRevokeAuthorizationCheckEnabled(true);
    }
  }

  /**
   * Whether a task query, as the engine runs it (merged with a filter's extension, expressions evaluated),
   * admits only the caller's own tasks. Anything it cannot tell answers false: the check then stays.
   */
  static final class OwnTasksOnly {

    /**
     * TaskQueryImpl fields an OR block may set without admitting other tasks: bookkeeping, the candidate
     * and assignee criteria read below, and switches that only widen within those (includeAssignedTasks).
     * Any other field differing from a fresh query disqualifies the block, including fields a new engine
     * version adds (OwnTasksOnlyTest pins the list).
     */
    static final Set<String> NEUTRAL = Set.of("cachedCandidateGroups", "cachedUserGroups", "queries",
        "isOrQueryActive", "includeAssignedTasks", "initializeFormKeys", "taskNameCaseInsensitive",
        "variableNamesIgnoreCase", "variableValuesIgnoreCase", "withCommentAttachmentInfo", "assignee",
        "candidateGroup", "candidateGroups", "candidateUser");

    private static final TaskQueryImpl FRESH = new TaskQueryImpl();

    private OwnTasksOnly() {
    }

    static boolean holds(TaskQueryImpl query, String user, List<String> groups) {
      if (user == null) {
        return false;
      }
      List<TaskQueryImpl> all = query.getQueries();
      try {
        // the first query's criteria are ANDed with everything else, and so is each OR block
        return conjunctionRestricts(all.get(0), user, groups)
            || all.stream().skip(1).anyMatch(or -> disjunctionRestricts(or, user, groups));
      } catch (RuntimeException e) {
        return false; // e.g. a query the engine cannot bind either: keep the check, the engine reports it
      }
    }

    /** The candidate groups exactly as Task.xml binds them (query.candidateGroups), or null when none is asked for. */
    static List<String> candidateGroups(TaskQueryImpl q) {
      return q.getCandidateGroup() == null && q.getCandidateGroupsInternal() == null && q.getCandidateUser() == null
          ? null : q.getCandidateGroups();
    }

    /** No candidate criterion names anyone but the caller or their groups. */
    static boolean ownCandidates(TaskQueryImpl q, String user, List<String> groups) {
      if ((q.getCandidateUser() != null && !q.getCandidateUser().equals(user)) || q.getCandidateGroupLike() != null) {
        return false;
      }
      List<String> asked = candidateGroups(q);
      return asked == null || (groups != null && groups.containsAll(asked));
    }

    static boolean asksForCandidates(TaskQueryImpl q) {
      List<String> asked = candidateGroups(q);
      return q.getCandidateUser() != null || (asked != null && !asked.isEmpty());
    }

    static boolean conjunctionRestricts(TaskQueryImpl q, String user, List<String> groups) {
      return user.equals(q.getAssignee()) || (asksForCandidates(q) && ownCandidates(q, user, groups));
    }

    static boolean disjunctionRestricts(TaskQueryImpl q, String user, List<String> groups) {
      boolean asks = q.getAssignee() != null || asksForCandidates(q);
      return asks && (q.getAssignee() == null || q.getAssignee().equals(user)) && ownCandidates(q, user, groups)
          && nothingElse(q);
    }

    /** Every field outside NEUTRAL as in a fresh query: an OR block adds rows through any criterion it holds. */
    static boolean nothingElse(TaskQueryImpl q) {
      try {
        for (Field f : TaskQueryImpl.class.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) || NEUTRAL.contains(f.getName())) {
            continue;
          }
          f.setAccessible(true);
          if (!Objects.deepEquals(f.get(q), f.get(FRESH))) {
            return false;
          }
        }
        return true;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return false; // cannot tell: keep the check
      }
    }
  }
}
