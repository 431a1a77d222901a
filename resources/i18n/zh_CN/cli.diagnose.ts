<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>accepted</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>✖ error</source>
        <translation>✖ 错误</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation>⚠ 警告</translation>
    </message>
    <message>
        <source>ℹ info</source>
        <translation>ℹ 提示</translation>
    </message>
    <message>
        <source>say why a token fails</source>
        <translation>说明 Token 为何失败</translation>
    </message>
    <message>
        <source>Check a token against what the app used and list the findings, most important first. Exit 0 accepted, 1 rejected, 3 unknown (not enough context), 2 unusable input.</source>
        <translation>将 Token 与应用实际使用的参数对照检查，按重要性从高到低列出发现的问题。退出码 0 表示通过，1 表示被拒绝，3 表示未知（信息不足），2 表示输入无法使用。</translation>
    </message>
    <message>
        <source>The token as the app used it.</source>
        <translation>应用所用的 Token。</translation>
    </message>
    <message>
        <source>The App ID the app initialised the SDK with.</source>
        <translation>应用初始化 SDK 时使用的 App ID。</translation>
    </message>
    <message>
        <source>The project&apos;s App Certificate (or ${env}); without it the signature is not checked. Never printed.</source>
        <translation>项目的 App 证书（或 ${env}）；没有它则不校验签名。绝不会被输出。</translation>
    </message>
    <message>
        <source>The channel the app joined.</source>
        <translation>应用加入的频道。</translation>
    </message>
    <message>
        <source>The numeric uid the app joined with (0 = let Agora assign).</source>
        <translation>应用加入频道时使用的数字 uid（0 = 由 Agora 分配）。</translation>
    </message>
    <message>
        <source>The string account or user id the app used.</source>
        <translation>应用使用的字符串用户账号或用户 ID。</translation>
    </message>
    <message>
        <source>What the app tried to do.</source>
        <translation>应用尝试执行的操作。</translation>
    </message>
    <message>
        <source>When it failed: unix seconds, ISO 8601 (UTC unless a zone is given) or +30s / -2h from now. Default: now.</source>
        <translation>失败的时间：Unix 秒数、ISO 8601（未指定时区时为 UTC），或相对现在的 +30s / -2h。默认：现在。</translation>
    </message>
    <message>
        <source>The error code the app saw (110, -10005, RTM 5...).</source>
        <translation>应用收到的错误码（110、-10005、RTM 5…）。</translation>
    </message>
    <message>
        <source>Whiteboard tokens: the Secret Access Key, to check the signature (better: set ${env}).</source>
        <translation>白板 Token：用于校验签名的 Secret Access Key（更安全的做法：设置 ${env}）。</translation>
    </message>
    <message>
        <source>Whiteboard tokens: the Room or Task UUID the app used.</source>
        <translation>白板 Token：应用使用的 Room UUID 或 Task UUID。</translation>
    </message>
    <message>
        <source>ConvoAI: the /join request body (JSON, or @FILE) to check the agent&apos;s token against.</source>
        <translation>ConvoAI：/join 请求体（JSON，或 @FILE），用来校验智能体的 Token。</translation>
    </message>
    <message>
        <source>Print {shape}.</source>
        <translation>输出 {shape}。</translation>
    </message>
    <message>
        <source>--join-body: cannot read {file} ({reason}).</source>
        <translation>--join-body：无法读取 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>not a token</source>
        <translation>不是 Token</translation>
    </message>
    <message>
        <source>Verdict: {verdict}  (format: {format})</source>
        <translation>结论：{verdict}（格式：{format}）</translation>
    </message>
    <message>
        <source>{code}: {message}</source>
        <translation>{code}：{message}</translation>
    </message>
    <message>
        <source>fix: {fix}</source>
        <translation>解决方法：{fix}</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>没有发现问题。</translation>
    </message>
</context>
</TS>
