@echo off
rem yuebao studio, started with a double-click on Windows 10 or 11.
rem It prepares the machine (scripts\setup.mjs: npm packages, a browser) and opens
rem the studio on the content folder. Kept as CRLF, and the first lines ASCII:
rem cmd.exe reads them before "chcp 65001" makes the Chinese lines below UTF-8.
chcp 65001 >nul
setlocal
title yuebao 月报编辑室
cd /d "%~dp0.."

where node >nul 2>nul
if errorlevel 1 goto no_node

node scripts\setup.mjs
if errorlevel 1 goto failed

echo.
echo 正在启动月报编辑室，浏览器会自动打开。
echo 使用期间请不要关闭这个黑色窗口；用完后关掉它，编辑室就停止了。
echo.
node bin\yuebao.js studio content
if errorlevel 1 goto failed
exit /b 0

:no_node
echo.
echo 这台电脑还没有安装 Node.js，月报编辑室需要它才能运行。请这样安装：
echo.
echo   1. 打开 https://nodejs.org/zh-cn/download
echo      （国内下载慢时，可以用镜像 https://npmmirror.com/mirrors/node/ ）
echo   2. 下载 LTS（长期支持版）的 Windows 安装程序，文件名以 .msi 结尾，
echo      64 位电脑选 x64。
echo   3. 双击下载的 .msi 文件，一路点“下一步”，保持默认选项，最后点“完成”。
echo   4. 重新双击本文件 yuebao-studio.cmd。
echo      如果仍然提示没有安装，请注销或重启电脑后再试。
echo.
pause
exit /b 1

:failed
echo.
echo 月报编辑室没能启动或意外停止了。上面的文字说明了原因；
echo 如果看不明白，请把这个窗口截图，发给负责月报系统的同事。
echo.
pause
exit /b 1
