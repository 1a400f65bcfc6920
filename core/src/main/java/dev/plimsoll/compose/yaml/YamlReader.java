package dev.plimsoll.compose.yaml;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.yaml.YNode.YTag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one compose file as YAML 1.2 (core schema) into a {@link YNode} tree.
 *
 * <p>snakeyaml-engine parses; the tree is built here from its events rather than by its Composer,
 * because the Composer recurses once per nesting level (a file of 100,000 {@code [} overflows the
 * stack, and LoadSettings has no depth limit), drops the merge key {@code <<} of YAML 1.1 that
 * compose files use (compose-go applies it), and gives no way to bound what aliases expand to. So
 * this composer refuses, under a fixed budget: nesting deeper than {@link #MAX_DEPTH}, more than
 * {@link #MAX_ALIASES} aliases, and a document that aliases would expand past {@link #MAX_NODES}
 * nodes (the billion laughs).
 */
public final class YamlReader {
  static final int MAX_DEPTH = 64;
  static final int MAX_ALIASES = 100;
  static final int MAX_NODES = 200_000;
  static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

  private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();
  private static final String RESET = "!reset";
  private static final String OVERRIDE = "!override";

  private final String file;
  private final Map<String, YNode> anchors = new HashMap<>();
  private int aliases;
  private long expanded;

  private YamlReader(String file) {
    this.file = file;
  }

  /**
   * The first document of {@code text}; an empty document is an empty mapping.
   *
   * @param file the name errors and positions carry
   */
  public static YNode read(String file, String text) throws BadInputException {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setAllowDuplicateKeys(false)
            .build();
    YamlReader reader = new YamlReader(file);
    try {
      Iterator<Event> events = new Parse(settings).parseString(text).iterator();
      return reader.document(events);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
      String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
      throw new BadInputException(file, line, "YAML: " + problem);
    } catch (YamlEngineException e) {
      throw new BadInputException(file, "YAML: " + e.getMessage());
    }
  }

  private YNode document(Iterator<Event> events) throws BadInputException {
    YNode root = null;
    Deque<Frame> stack = new ArrayDeque<>();
    while (events.hasNext()) {
      Event ev = events.next();
      switch (ev.getEventId()) {
        case StreamStart, DocumentStart, Comment -> {}
        case DocumentEnd, StreamEnd -> {
          return root != null ? root : YMap.empty(new Position(file, 1));
        }
        case Scalar -> {
          ScalarEvent s = (ScalarEvent) ev;
          YNode node = scalar(s);
          remember(s, node);
          count(1, node.pos());
          if (!stack.isEmpty() && s.isPlain() && s.getValue().equals("<<")) {
            stack.peek().markMergeKey();
          }
          root = add(stack, node, root);
        }
        case Alias -> root = add(stack, alias((AliasEvent) ev), root);
        case MappingStart, SequenceStart -> {
          if (stack.size() >= MAX_DEPTH) {
            throw new BadInputException(
                file, line(ev), "YAML nested deeper than " + MAX_DEPTH + " levels; refused");
          }
          count(1, pos(ev));
          stack.push(new Frame((CollectionStartEvent) ev, pos(ev)));
        }
        case MappingEnd, SequenceEnd -> {
          Frame f = stack.pop();
          YNode node = f.build();
          remember(f.start, node);
          root = add(stack, node, root);
        }
      }
    }
    return root != null ? root : YMap.empty(new Position(file, 1));
  }

  private void count(long nodes, Position pos) throws BadInputException {
    expanded += nodes;
    if (expanded > MAX_NODES) {
      throw new BadInputException(
          file, pos.line(), "YAML expands past " + MAX_NODES + " nodes (an alias bomb?); refused");
    }
  }

  private static YNode add(Deque<Frame> stack, YNode node, YNode root) {
    if (stack.isEmpty()) {
      return node;
    }
    stack.peek().add(node);
    return root;
  }

  private void remember(NodeEvent ev, YNode node) {
    ev.getAnchor().ifPresent(a -> anchors.put(a.getValue(), node));
  }

  private YNode alias(AliasEvent ev) throws BadInputException {
    String name = ev.getAlias().getValue();
    YNode target = anchors.get(name);
    if (target == null) {
      throw new BadInputException(file, line(ev), "YAML: unknown alias *" + name);
    }
    if (++aliases > MAX_ALIASES) {
      throw new BadInputException(
          file, line(ev), "YAML uses more than " + MAX_ALIASES + " aliases; refused");
    }
    count(target.size(), pos(ev));
    return target;
  }

  private YNode scalar(ScalarEvent s) throws BadInputException {
    Position pos = pos(s);
    YTag tag = composeTag(s.getTag());
    String value = s.getValue();
    Optional<String> explicit = s.getTag().filter(t -> !t.equals(RESET) && !t.equals(OVERRIDE));
    YScalar.Type type;
    if (explicit.isPresent()) {
      type = typeOf(new Tag(explicit.get()));
    } else if (s.isPlain()) {
      type = typeOf(RESOLVER.resolve(value, true));
    } else {
      type = YScalar.Type.STRING;
    }
    return new YScalar(value, type, pos, tag);
  }

  private static YScalar.Type typeOf(Tag tag) {
    if (tag.equals(Tag.NULL)) {
      return YScalar.Type.NULL;
    } else if (tag.equals(Tag.BOOL)) {
      return YScalar.Type.BOOL;
    } else if (tag.equals(Tag.INT)) {
      return YScalar.Type.INT;
    } else if (tag.equals(Tag.FLOAT)) {
      return YScalar.Type.FLOAT;
    }
    return YScalar.Type.STRING;
  }

  private static YTag composeTag(Optional<String> tag) {
    if (tag.isEmpty()) {
      return YTag.NONE;
    }
    return switch (tag.get()) {
      case RESET -> YTag.RESET;
      case OVERRIDE -> YTag.OVERRIDE;
      default -> YTag.NONE;
    };
  }

  private Position pos(Event ev) {
    return new Position(file, line(ev));
  }

  private static int line(Event ev) {
    return ev.getStartMark().map(Mark::getLine).orElse(-1) + 1;
  }

  /** A mapping or sequence being read. */
  private final class Frame {
    final CollectionStartEvent start;
    final Position pos;
    final boolean mapping;
    final List<YNode> items = new ArrayList<>();
    final java.util.Set<Integer> mergeKeys = new java.util.HashSet<>();

    Frame(CollectionStartEvent start, Position pos) {
      this.start = start;
      this.pos = pos;
      this.mapping = start.getEventId() == Event.ID.MappingStart;
    }

    void add(YNode node) {
      items.add(node);
    }

    /** The next item is a plain {@code <<} and, at a key's place, a merge key. */
    void markMergeKey() {
      if (mapping && items.size() % 2 == 0) {
        mergeKeys.add(items.size());
      }
    }

    YNode build() throws BadInputException {
      YTag tag = composeTag(start.getTag());
      if (!mapping) {
        return new YSeq(items, pos, tag);
      }
      return MergeKeys.apply(file, items, mergeKeys, pos, tag);
    }
  }
}
