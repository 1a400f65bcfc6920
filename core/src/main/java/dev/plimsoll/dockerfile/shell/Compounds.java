package dev.plimsoll.dockerfile.shell;

import dev.plimsoll.dockerfile.shell.CompoundCommand.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compound commands, read loosely (POSIX 2.9.4): their lists are kept in order and every simple
 * command inside is found, but an {@code if}'s branches are not told apart.
 */
final class Compounds {
  private final Parser p;
  private final List<Word> header = new ArrayList<>();
  private final List<AndOr> body = new ArrayList<>();

  Compounds(Parser parser) {
    this.p = parser;
  }

  Optional<CompoundCommand> parse() {
    Token t = p.current();
    Kind kind;
    if (t.isOperator("(")) {
      kind = Kind.SUBSHELL;
      p.next();
      body.addAll(p.list());
      p.expect(")");
    } else if (t.isKeyword("{")) {
      kind = Kind.GROUP;
      p.next();
      body.addAll(p.list());
      p.expect("}");
    } else if (t.isKeyword("if")) {
      kind = Kind.IF;
      ifClause();
    } else if (t.isKeyword("while") || t.isKeyword("until")) {
      kind = t.isKeyword("while") ? Kind.WHILE : Kind.UNTIL;
      p.next();
      body.addAll(p.list());
      doGroup();
    } else if (t.isKeyword("for")) {
      kind = Kind.FOR;
      forClause();
    } else if (t.isKeyword("case")) {
      kind = Kind.CASE;
      caseClause();
    } else if (t.isKeyword("function")) {
      kind = Kind.FUNCTION;
      function();
    } else {
      return Optional.empty();
    }
    List<Redirect> redirects = new ArrayList<>();
    while (p.redirectAhead()) {
      redirects.add(p.redirect());
    }
    return Optional.of(new CompoundCommand(kind, header, body, redirects, t.offset()));
  }

  private void ifClause() {
    p.next();
    body.addAll(p.list());
    p.expect("then");
    body.addAll(p.list());
    while (p.current().isKeyword("elif")) {
      p.next();
      body.addAll(p.list());
      p.expect("then");
      body.addAll(p.list());
    }
    if (p.current().isKeyword("else")) {
      p.next();
      body.addAll(p.list());
    }
    p.expect("fi");
  }

  private void doGroup() {
    p.expect("do");
    body.addAll(p.list());
    p.expect("done");
  }

  /**
   * {@code for name [in words]; do ... done}, and bash's {@code for ((...))}: everything up to
   * {@code do} is header.
   */
  private void forClause() {
    p.next();
    while (p.current().kind() != Token.Kind.END && !p.current().isKeyword("do")) {
      if (p.current().kind() == Token.Kind.WORD) {
        header.add(p.current().word());
      }
      p.next();
    }
    doGroup();
  }

  private void caseClause() {
    p.next();
    if (p.current().kind() == Token.Kind.WORD) {
      header.add(p.current().word());
      p.next();
    }
    p.newlines();
    p.expect("in");
    while (true) {
      p.newlines();
      Token t = p.current();
      if (t.isKeyword("esac")) {
        p.next();
        return;
      }
      if (t.kind() == Token.Kind.END) {
        p.expect("esac");
        return;
      }
      int before = p.position();
      if (t.isOperator("(")) {
        p.next();
      }
      while (p.current().kind() == Token.Kind.WORD || p.current().isOperator("|")) {
        if (p.current().kind() == Token.Kind.WORD) {
          header.add(p.current().word());
        }
        p.next();
      }
      p.expect(")");
      body.addAll(p.list());
      Token end = p.current();
      if (end.isOperator(";;") || end.isOperator(";&") || end.isOperator(";;&")) {
        p.next();
      } else if (!end.isKeyword("esac")) {
        // Neither ;; nor esac: a closer of an outer construct, which is not ours to take.
        p.expect("esac");
        return;
      }
      if (p.position() == before) {
        p.next();
      }
    }
  }

  /** {@code function name [()] body}, ksh's and bash's spelling. */
  private void function() {
    p.next();
    if (p.current().kind() == Token.Kind.WORD) {
      header.add(p.current().word());
      p.next();
    }
    if (p.current().isOperator("(") && p.peek().isOperator(")")) {
      p.next();
      p.next();
    }
    p.newlines();
    Command command = p.nested();
    body.add(
        new AndOr(
            List.of(new Pipeline(List.of(command), false, p.pipefail(), command.offset())),
            List.of(),
            ""));
  }
}
