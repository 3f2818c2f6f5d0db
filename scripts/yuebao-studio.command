#!/bin/sh
# yuebao studio, started with a double-click on macOS (Finder opens .command files
# in Terminal). It prepares the machine (scripts/setup.mjs: npm packages, a browser)
# and opens the studio on the content folder. On 统信 UOS and 麒麟 it runs too:
# `sh scripts/yuebao-studio.command`, or double-click it and run it in a terminal.
cd "$(dirname "$0")/.." || exit 1
# Node from nodejs.org's installer is in /usr/local/bin, Homebrew's in /opt/homebrew/bin:
# a Terminal that did not read the shell's profile may not have them on PATH.
PATH="$PATH:/usr/local/bin:/opt/homebrew/bin"
export PATH

wait_for_enter() {
  printf '按回车键关闭这个窗口……'
  read -r _
}

if ! command -v node >/dev/null 2>&1; then
  echo
  echo '这台电脑还没有安装 Node.js，月报编辑室需要它才能运行。请这样安装：'
  echo
  echo '  1. 打开 https://nodejs.org/zh-cn/download'
  echo '     （国内下载慢时，可以用镜像 https://npmmirror.com/mirrors/node/ ）'
  echo '  2. 下载 LTS（长期支持版）的 macOS 安装程序（.pkg），双击安装，保持默认选项。'
  echo '  3. 重新双击本文件 yuebao-studio.command。'
  echo
  wait_for_enter
  exit 1
fi

if node scripts/setup.mjs; then
  echo
  echo '正在启动月报编辑室，浏览器会自动打开。'
  echo '使用期间请不要关闭这个终端窗口；用完后关掉它，编辑室就停止了。'
  echo
  node bin/yuebao.js studio content && exit 0
fi
echo
echo '月报编辑室没能启动或意外停止了。上面的文字说明了原因；'
echo '如果看不明白，请把这个窗口截图，发给负责月报系统的同事。'
echo
wait_for_enter
exit 1
