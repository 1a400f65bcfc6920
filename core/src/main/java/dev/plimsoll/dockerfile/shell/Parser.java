package dev.plimsoll.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Tokens to lists, after the POSIX shell grammar (Shell Command Language, 2.10), loosely for
 * compound commands. Every loop consumes a token or stops, and nesting deeper than {@link
 * #MAX_DEPTH} stops the parse with a problem, so any input ends, in linear time, without
 * overflowing the stack.
 */
final class Parser {
  static final int MAX_DEPTH = 100;

  private static final Set<String> CLOSERS =
      Set.of("then", "elif", "else", "fi", "do", "done", "esac", "}");
  private static final Set<String> CLOSING_OPERATORS = Set.of(")", ";;", ";&", ";;&");
  private static final Set<String> REDIRECTS =
      Set.of("<", ">", ">>", ">&", "<&", "<>", ">|", "<<", "<<-", "<<<", "&>", "&>>");

  private final Lexer lexer;
  private final List<Token> tokens;
  private int index;
  private int depth;
  private boolean pipefail;

  Parser(String script, LineMap lines, List<Problem> problems) {
    this.lexer = new Lexer(script, lines, problems);
    this.tokens = lexer.tokenize();
  }

  List<AndOr> script() {
    List<AndOr> lists = new ArrayList<>();
    while (tok().kind() != Token.Kind.END) {
      lists.addAll(list());
      if (tok().kind() != Token.Kind.END) {
        lexer.problem("unexpected " + describe(tok()), tok().offset());
        index++;
      }
    }
    return lists;
  }

  /** {@code NAME=value}, when the word has that shape with a literal, unquoted name. */
  static Optional<Assignment> assignment(Word word) {
    String raw = word.raw();
    int i = 0;
    while (i < raw.length() && Expansions.isNameChar(raw.charAt(i))) {
      i++;
    }
    boolean plus = i < raw.length() - 1 && raw.charAt(i) == '+';
    int eq = plus ? i + 1 : i;
    if (i == 0 || Character.isDigit(raw.charAt(0)) || eq >= raw.length() || raw.charAt(eq) != '=') {
      return Optional.empty();
    }
    return Optional.of(new Assignment(raw.substring(0, i), word));
  }

  private Token tok() {
    return tokens.get(index);
  }

  private void advance() {
    if (index < tokens.size() - 1) {
      index++;
    }
  }

  private static String describe(Token token) {
    return token.kind() == Token.Kind.END ? "end of script" : token.text().strip();
  }

  private boolean atStop() {
    Token t = tok();
    return t.kind() == Token.Kind.END
        || (t.kind() == Token.Kind.OPERATOR && CLOSING_OPERATORS.contains(t.text()))
        || (t.kind() == Token.Kind.WORD && CLOSERS.stream().anyMatch(t::isKeyword));
  }

  private boolean atRedirect() {
    Token t = tok();
    return t.kind() == Token.Kind.IO_NUMBER
        || (t.kind() == Token.Kind.OPERATOR && REDIRECTS.contains(t.text()));
  }

  private void skipNewlines() {
    while (tok().kind() == Token.Kind.NEWLINE) {
      advance();
    }
  }

  /** And-or lists up to the end, a closing operator or a closing keyword. */
  List<AndOr> list() {
    List<AndOr> out = new ArrayList<>();
    while (true) {
      skipNewlines();
      if (atStop()) {
        return out;
      }
      Token t = tok();
      if (t.kind() == Token.Kind.OPERATOR && !atRedirect() && !t.isOperator("(")) {
        lexer.problem("unexpected " + t.text(), t.offset());
        advance();
        continue;
      }
      int before = index;
      out.add(andOr());
      if (index == before) {
        advance(); // cannot happen by construction; guards termination all the same
      }
    }
  }

  private AndOr andOr() {
    List<Pipeline> pipelines = new ArrayList<>();
    List<String> operators = new ArrayList<>();
    pipelines.add(pipeline());
    while (tok().isOperator("&&") || tok().isOperator("||")) {
      operators.add(tok().text());
      advance();
      skipNewlines();
      pipelines.add(pipeline());
    }
    String separator = "";
    if (tok().isOperator(";") || tok().isOperator("&")) {
      separator = tok().text();
      advance();
    } else if (tok().kind() == Token.Kind.NEWLINE) {
      separator = "\n";
      advance();
    }
    return new AndOr(pipelines, operators, separator);
  }

  private Pipeline pipeline() {
    int offset = tok().offset();
    boolean negated = tok().isKeyword("!");
    if (negated) {
      advance();
    }
    boolean pipefailBefore = pipefail;
    List<Command> commands = new ArrayList<>();
    commands.add(command());
    while (tok().isOperator("|") || tok().isOperator("|&")) {
      advance();
      skipNewlines();
      commands.add(command());
    }
    for (Command command : commands) {
      if (command instanceof SimpleCommand simple) {
        pipefail = SetBuiltin.pipefail(simple).orElse(pipefail);
      }
    }
    return new Pipeline(commands, negated, pipefailBefore, offset);
  }

  private Command command() {
    Token t = tok();
    if (depth >= MAX_DEPTH) {
      lexer.problem(
          "nesting deeper than " + MAX_DEPTH + " levels; the rest is not read", t.offset());
      index = tokens.size() - 1;
      return empty(t.offset());
    }
    if (atStop() || (t.kind() == Token.Kind.OPERATOR && !atRedirect() && !t.isOperator("("))) {
      lexer.problem("missing command before " + describe(t), t.offset());
      return empty(t.offset());
    }
    depth++;
    try {
      Optional<CompoundCommand> compound = new Compounds(this).parse();
      if (compound.isPresent()) {
        return compound.get();
      }
      return functionOr(simpleCommand());
    } finally {
      depth--;
    }
  }

  private static SimpleCommand empty(int offset) {
    return new SimpleCommand(List.of(), List.of(), List.of(), offset);
  }

  /** {@code name() body}: a one-word command followed by {@code ()}. */
  private Command functionOr(SimpleCommand simple) {
    if (simple.words().size() != 1
        || !simple.assignments().isEmpty()
        || !tok().isOperator("(")
        || !tokens.get(Math.min(index + 1, tokens.size() - 1)).isOperator(")")) {
      return simple;
    }
    advance();
    advance();
    skipNewlines();
    Command body = command();
    return new CompoundCommand(
        CompoundCommand.Kind.FUNCTION,
        simple.words(),
        List.of(
            new AndOr(
                List.of(new Pipeline(List.of(body), false, pipefail, body.offset())),
                List.of(),
                "")),
        List.of(),
        simple.offset());
  }

  private SimpleCommand simpleCommand() {
    int offset = tok().offset();
    List<Assignment> assignments = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    List<Redirect> redirects = new ArrayList<>();
    while (true) {
      Token t = tok();
      if (t.kind() == Token.Kind.WORD) {
        Optional<Assignment> assignment = words.isEmpty() ? assignment(t.word()) : Optional.empty();
        if (assignment.isPresent()) {
          assignments.add(assignment.get());
        } else {
          words.add(t.word());
        }
        advance();
        if (words.size() == 1 && t.isKeyword("[[")) {
          testExpression(words);
        } else if (assignment.isPresent() && t.text().endsWith("=") && tok().isOperator("(")) {
          skipArray();
        }
      } else if (atRedirect()) {
        redirects.add(redirect());
      } else {
        return new SimpleCommand(assignments, words, redirects, offset);
      }
    }
  }

  /** {@code [[ ... ]]}: operators inside are words of the test, not list operators. */
  private void testExpression(List<Word> words) {
    while (tok().kind() != Token.Kind.END && tok().kind() != Token.Kind.NEWLINE) {
      Token t = tok();
      advance();
      Word word =
          t.kind() == Token.Kind.WORD
              ? t.word()
              : new Word(
                  t.text(),
                  Optional.of(t.text()),
                  t.text(),
                  false,
                  false,
                  t.offset(),
                  lexer.line(t.offset()));
      words.add(word);
      if (t.isKeyword("]]")) {
        return;
      }
    }
  }

  /** Bash's {@code name=(a b c)}: the elements are read and dropped. */
  private void skipArray() {
    advance();
    while (tok().kind() != Token.Kind.END && !tok().isOperator(")")) {
      advance();
    }
    advance();
  }

  Redirect redirect() {
    int offset = tok().offset();
    OptionalInt fd = OptionalInt.empty();
    if (tok().kind() == Token.Kind.IO_NUMBER) {
      try {
        fd = OptionalInt.of(Integer.parseInt(tok().text()));
      } catch (NumberFormatException e) {
        // Too many digits for an int: keep the redirection, without its descriptor.
      }
      advance();
    }
    String operator = tok().text();
    advance();
    Optional<Word> target = Optional.empty();
    Optional<String> heredoc = Optional.empty();
    if (tok().kind() == Token.Kind.WORD) {
      target = Optional.of(tok().word());
      if (operator.equals("<<") || operator.equals("<<-")) {
        heredoc = Optional.of(lexer.heredocBody(tok().offset()));
      }
      advance();
    } else {
      lexer.problem("missing word after " + operator, offset);
    }
    return new Redirect(fd, operator, target, heredoc, offset);
  }

  // What the compound-command parser needs from here.

  Token current() {
    return tok();
  }

  Token peek() {
    return tokens.get(Math.min(index + 1, tokens.size() - 1));
  }

  void next() {
    advance();
  }

  int position() {
    return index;
  }

  void newlines() {
    skipNewlines();
  }

  boolean redirectAhead() {
    return atRedirect();
  }

  boolean pipefail() {
    return pipefail;
  }

  Command nested() {
    return command();
  }

  /** Consumes {@code keyword}, or reports that it is missing. */
  void expect(String keyword) {
    if (tok().isKeyword(keyword) || tok().isOperator(keyword)) {
      advance();
    } else {
      lexer.problem("expected " + keyword + " before " + describe(tok()), tok().offset());
    }
  }
}
