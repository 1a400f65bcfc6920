package dev.plimsoll.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.dockerfile.shell.PackageCommand.Action;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Package-manager recognisers, one ecosystem after another. */
class ShellScriptPackagesTest {

  private static List<PackageCommand> all(String script) {
    ShellScript parsed = ShellScript.parse(script);
    assertThat(parsed.problems()).isEmpty();
    return PackageCommand.in(parsed);
  }

  private static PackageCommand one(String script) {
    List<PackageCommand> found = all(script);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static List<String> names(PackageCommand c) {
    return c.packages().stream().map(PackageRef::name).toList();
  }

  private static List<Boolean> pinned(PackageCommand c) {
    return c.packages().stream().map(PackageRef::pinned).toList();
  }

  @Test
  void apt() {
    List<PackageCommand> found =
        all(
            "apt-get update && DEBIAN_FRONTEND=noninteractive sudo apt-get -o Acquire::Retries=3"
                + " install -qq --no-install-recommends curl=7.88 'git' ./x.deb nginx/bookworm"
                + " && apt-get clean && rm -rf /var/lib/apt/lists/*");
    assertThat(found)
        .extracting(PackageCommand::action)
        .containsExactly(Action.UPDATE, Action.INSTALL, Action.CLEAN);
    PackageCommand install = found.get(1);
    assertThat(install.manager()).isEqualTo(PackageManager.APT);
    assertThat(install.verb()).isEqualTo("install");
    assertThat(names(install)).containsExactly("curl", "git", "./x.deb", "nginx");
    assertThat(install.packages().get(0).version()).contains("7.88");
    assertThat(pinned(install)).containsExactly(true, false, true, true);
    assertThat(install.assumesYes()).isTrue();
    assertThat(install.hasFlag("--no-install-recommends")).isTrue();
    assertThat(one("apt-get install x").assumesYes()).isFalse();
    assertThat(one("apt -y dist-upgrade").action()).isEqualTo(Action.UPGRADE);
    assertThat(one("apt-get --assume-yes install x").assumesYes()).isTrue();
  }

  @Test
  void notFooledByTextOnly() {
    assertThat(all("echo apt-get install x; echo 'apt-get install y && pip install z'")).isEmpty();
    PackageCommand c = one("apt-get install --no-install-recommends-foo x");
    assertThat(c.hasFlag("--no-install-recommends")).isFalse();
    assertThat(names(one("apt-get install 'a && b'"))).containsExactly("a && b");
  }

  @Test
  void aptListsRemoval() {
    Removal r =
        Removal.recognise(ShellScript.parse("sudo rm -rf /var/lib/apt/lists/*").commands().get(0))
            .orElseThrow();
    assertThat(r.clears("/var/lib/apt/lists")).isTrue();
    assertThat(r.clears("/var/cache/apt")).isFalse();
    assertThat(
            Removal.recognise(ShellScript.parse("rm -r /var/lib/apt").commands().get(0))
                .orElseThrow()
                .clears("/var/lib/apt/lists"))
        .isTrue();
    assertThat(Removal.recognise(ShellScript.parse("echo rm").commands().get(0))).isEmpty();
  }

  @Test
  void apk() {
    PackageCommand c = one("apk add --no-cache --virtual .deps curl=8.5.0-r0 git");
    assertThat(c.installs()).isTrue();
    assertThat(names(c)).containsExactly("curl", "git");
    assertThat(pinned(c)).containsExactly(true, false);
    assertThat(c.flagValue("--virtual", "-t")).contains(".deps");
    assertThat(c.hasFlag("--no-cache")).isTrue();
    assertThat(one("apk del .deps").action()).isEqualTo(Action.REMOVE);
    assertThat(one("apk upgrade").action()).isEqualTo(Action.UPGRADE);
    assertThat(one("apk cache clean").action()).isEqualTo(Action.CLEAN);
  }

  @Test
  void yumDnfMicrodnf() {
    PackageCommand c = one("yum install -y httpd-2.4.6 python3-pip mod_ssl");
    assertThat(names(c)).containsExactly("httpd", "python3-pip", "mod_ssl");
    assertThat(pinned(c)).containsExactly(true, false, false);
    assertThat(c.assumesYes()).isTrue();
    assertThat(one("dnf install x").assumesYes()).isFalse();
    assertThat(one("microdnf install x").assumesYes()).isTrue();
    PackageCommand clean = one("dnf clean all");
    assertThat(clean.action()).isEqualTo(Action.CLEAN);
    assertThat(clean.manager()).isEqualTo(PackageManager.YUM);
  }

  @Test
  void zypper() {
    PackageCommand c = one("zypper -n in --no-recommends curl=7.1 git");
    assertThat(c.installs()).isTrue();
    assertThat(c.assumesYes()).isTrue();
    assertThat(pinned(c)).containsExactly(true, false);
    assertThat(one("zypper install x").assumesYes()).isFalse();
    assertThat(one("zypper --non-interactive dup").action()).isEqualTo(Action.UPGRADE);
    assertThat(one("zypper clean -a").action()).isEqualTo(Action.CLEAN);
  }

  @Test
  void pip() {
    PackageCommand c =
        one(
            "python3 -m pip install --no-cache-dir -r req.txt 'requests[socks]==2.31' 'flask>=2'"
                + " six git+https://x/y.git");
    assertThat(c.manager()).isEqualTo(PackageManager.PIP);
    assertThat(names(c)).containsExactly("requests", "flask", "six", "git+https://x/y.git");
    assertThat(c.packages().get(1).version()).contains(">=2");
    assertThat(pinned(c)).containsExactly(true, true, false, false);
    assertThat(c.flagValue("-r")).contains("req.txt");
    assertThat(c.hasFlag("--no-cache-dir")).isTrue();
    assertThat(one("uv pip install --require-hashes x==1").hasFlag("--require-hashes")).isTrue();
    assertThat(one("pip3.11 install x").installs()).isTrue();
    assertThat(one("pip uninstall x").assumesYes()).isFalse();
  }

  @Test
  void npmYarnPnpm() {
    PackageCommand c = one("npm install -g @angular/cli@17.0.0 typescript express@latest");
    assertThat(names(c)).containsExactly("@angular/cli", "typescript", "express");
    assertThat(pinned(c)).containsExactly(true, false, false);
    assertThat(c.hasFlag("-g", "--global")).isTrue();
    assertThat(one("npm ci --omit=dev").flagValue("--omit")).contains("dev");
    assertThat(one("yarn global add left-pad@1.3.0").packages().get(0).pinned()).isTrue();
    assertThat(one("yarn cache clean").action()).isEqualTo(Action.CLEAN);
    assertThat(one("pnpm add x").program()).isEqualTo("pnpm");
    assertThat(one("npm install --production").packages()).isEmpty();
  }

  @Test
  void anUnquotedVersionConstraintIsARedirectionAsInTheShell() {
    PackageCommand c = one("pip install flask>=2");
    assertThat(c.packages().get(0).version()).isEmpty();
    assertThat(c.command().redirects()).extracting(Redirect::operator).containsExactly(">");
  }

  @Test
  void gem() {
    assertThat(pinned(one("gem install rails:7.1.0 bundler"))).containsExactly(true, false);
    PackageCommand v = one("gem install bundler -v 2.4.0");
    assertThat(v.packages().get(0).version()).contains("2.4.0");
    assertThat(v.packages().get(0).pinned()).isTrue();
  }

  @Test
  void goCargoComposer() {
    PackageCommand go = one("go install -ldflags=-s golang.org/x/tools/gopls@v0.14.0");
    assertThat(go.installs()).isTrue();
    assertThat(names(go)).containsExactly("golang.org/x/tools/gopls");
    assertThat(go.packages().get(0).version()).contains("v0.14.0");
    assertThat(one("go install x@latest").packages().get(0).pinned()).isFalse();
    assertThat(one("go build -o /bin/app ./cmd/app").action()).isEqualTo(Action.BUILD);
    assertThat(pinned(one("cargo install ripgrep --version 14.0.0"))).containsExactly(true);
    assertThat(one("cargo fetch").action()).isEqualTo(Action.UPDATE);
    PackageCommand composer = one("composer require vendor/pkg:^1.2 --no-dev");
    assertThat(composer.packages().get(0).version()).isEqualTo(Optional.of("^1.2"));
    assertThat(one("composer install --no-dev").hasFlag("--no-dev")).isTrue();
  }

  @Test
  void downloads() {
    Download curl =
        Download.recognise(
                ShellScript.parse("curl -fsSL -o /tmp/x.tgz https://e.com/x.tgz").commands().get(0))
            .orElseThrow();
    assertThat(curl.urls()).containsExactly("https://e.com/x.tgz");
    assertThat(curl.output()).contains("/tmp/x.tgz");
    assertThat(curl.writesToStdout()).isFalse();
    Download wget =
        Download.recognise(
                ShellScript.parse("wget -q -O - --header 'A: b' https://e.com").commands().get(0))
            .orElseThrow();
    assertThat(wget.urls()).containsExactly("https://e.com");
    assertThat(wget.writesToStdout()).isTrue();
    assertThat(
            Download.recognise(ShellScript.parse("curl -O https://e.com/x").commands().get(0))
                .orElseThrow()
                .remoteName())
        .isTrue();
  }

  @Test
  void apkPinsAsHadolintReadsThem() {
    PackageCommand c = one("apk add a=1 b~1.2 'c>=2' 'd>2' e ./f-1.0-r0.apk");
    assertThat(names(c)).containsExactly("a", "b", "c", "d", "e", "./f-1.0-r0.apk");
    assertThat(pinned(c)).containsExactly(true, true, true, false, false, true);
    assertThat(c.packages().get(3).version()).contains(">2");
  }

  @Test
  void rpmPinsAsHadolintReadsThem() {
    PackageCommand c =
        one(
            "dnf install -y httpd-2.4.6 java-1.8.0-openjdk python3-devel 'nodejs-16*' gcc-c++"
                + " x.rpm \"git-${V}\" $PKGS");
    assertThat(pinned(c)).containsExactly(true, true, false, false, false, true, true, false);
    assertThat(names(c).subList(0, 3)).containsExactly("httpd", "java", "python3-devel");
    assertThat(c.packages().get(6).name()).isEqualTo("git");
  }

  @Test
  void yumGroupAndModuleInstalls() {
    PackageCommand group = one("yum group install -y 'Development Tools'");
    assertThat(group.verb()).isEqualTo("group install");
    assertThat(group.installs()).isTrue();
    assertThat(names(group)).containsExactly("Development Tools");
    PackageCommand module = one("dnf module install -y nodejs:20");
    assertThat(module.verb()).isEqualTo("module install");
    assertThat(module.packages()).extracting(p -> p.word().unquoted()).containsExactly("nodejs:20");
  }

  @Test
  void vcsAndGitSourcesNeedAReference() {
    assertThat(pinned(one("pip install git+https://github.com/o/r git+https://github.com/o/r@v1")))
        .containsExactly(false, true);
    assertThat(pinned(one("pip install git+ssh://git@github.com/o/r.git"))).containsExactly(false);
    assertThat(
            pinned(
                one(
                    "npm install git+https://h/o/r.git git+https://h/o/r.git#v1 github:o/r"
                        + " gitbook-cli ~/dir")))
        .containsExactly(false, true, false, false, true);
    assertThat(names(one("npm install --loglevel warn left-pad"))).containsExactly("left-pad");
    assertThat(one("gem i rails").installs()).isTrue();
  }
}
