"""Summarises `jfr print --events jdk.ExecutionSample` output: the share of samples whose stack holds
a frame of each of our packages or Camunda's areas (inclusive), and the hottest methods by self time."""
import collections
import re
import sys

text = open(sys.argv[1]).read()
events = text.split("jdk.ExecutionSample")[1:]
frame = re.compile(r"^\s+([\w$.<>]+)\(", re.M)
inclusive = collections.Counter()
self_time = collections.Counter()
ours = collections.Counter()
AREAS = [
    ("our code (com.regionops)", "com.regionops."),
    ("MyBatis in our mappers", "org.apache.ibatis.binding.MapperProxy"),
    ("Camunda REST (engine-rest)", "org.camunda.bpm.engine.rest."),
    ("Camunda command execution", "org.camunda.bpm.engine.impl.interceptor.CommandExecutorImpl"),
    ("Camunda flush (DbEntityManager.flush)", "org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager.flush"),
    ("Camunda history events", "org.camunda.bpm.engine.impl.history."),
    ("DMN evaluation", "org.camunda.bpm.dmn."),
    ("JUEL / expressions", "org.camunda.bpm.impl.juel."),
    ("Camunda authorization checks", "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager"),
    ("Camunda identity queries", "org.camunda.bpm.engine.impl.persistence.entity.GroupQueryImpl"),
    ("JDBC driver (com.mysql)", "com.mysql.cj."),
    ("Hikari", "com.zaxxer.hikari."),
    ("Jackson", "com.fasterxml.jackson."),
    ("Spin / JSON variables", "org.camunda.spin."),
    ("Spring Security / filters", "org.springframework.security."),
    ("Tomcat + servlet filters", "org.apache.catalina.core.ApplicationFilterChain"),
    ("password check (checkPassword)", "checkPassword"),
    ("class loading / reflection", "java.lang.ClassLoader"),
    ("logging", "ch.qos.logback."),
]
for e in events:
    frames = frame.findall(e)
    if not frames:
        continue
    self_time[frames[0]] += 1
    stack = "\n".join(frames)
    for name, marker in AREAS:
        if marker in stack:
            inclusive[name] += 1
    for f in frames:
        if f.startswith("com.regionops."):
            ours[f] += 1
n = len(events)
print("\n%d samples; share of samples with a frame in:" % n)
for name, _ in AREAS:
    print("  %-42s %5.1f %%" % (name, 100.0 * inclusive[name] / n))
print("\nhottest methods, self time:")
for f, c in self_time.most_common(15):
    print("  %5.1f %%  %s" % (100.0 * c / n, f))
print("\nour methods, inclusive (a method counted once per sample per appearance):")
for f, c in ours.most_common(25):
    print("  %5.1f %%  %s" % (100.0 * c / n, f))
