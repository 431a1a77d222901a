<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExceptHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside Agora Token GUI:

{error}

The details were printed to the terminal (stderr). You can carry on; please report the problem with those details.</source>
        <translation>Agora Token GUI 内部出错：

{error}

详细信息已输出到终端（stderr）。你可以继续使用；请附上这些详细信息报告此问题。</translation>
    </message>
</context>
</TS>
