@echo off
chcp 65001 >nul
rem huibao drag-and-drop: drop report files (.txt .docx .md) or folders on this file;
rem each deck is written next to its report. Needs huibao installed (npm install -g huibao-x.y.z.tgz).
if "%~1"=="" (
  echo 请把讲话稿（.txt、.docx、.md）或文件夹拖到本文件的图标上。
  pause
  exit /b 1
)
call huibao build %*
pause
