<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>run a local token server for test builds</source>
        <translation>为测试版本运行本地 Token 服务器</translation>
    </message>
    <message>
        <source>Serve tokens over HTTP like the community token server (GET /rtc/CHANNEL/ROLE/uid|userAccount/UID/, /rtm/USER/, /rte/…, /chat/…, POST /getToken, GET /ping). Credentials: flags, --profile, $APP_ID/$APP_CERTIFICATE, $AGORA_APP_ID/$AGORA_APP_CERTIFICATE, or a .env file. Ctrl+C stops it.</source>
        <translation>像社区版 Token 服务器一样通过 HTTP 提供 Token（GET /rtc/CHANNEL/ROLE/uid|userAccount/UID/、/rtm/USER/、/rte/…、/chat/…、POST /getToken、GET /ping）。凭证来源：命令行参数、--profile、$APP_ID/$APP_CERTIFICATE、$AGORA_APP_ID/$AGORA_APP_CERTIFICATE，或 .env 文件。按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>App ID (default: --profile, $APP_ID, $AGORA_APP_ID).</source>
        <translation>App ID（默认：--profile、$APP_ID、$AGORA_APP_ID）。</translation>
    </message>
    <message>
        <source>App Certificate; better: $APP_CERTIFICATE, $AGORA_APP_CERTIFICATE, a .env file or --profile, so it stays out of the process list and shell history.</source>
        <translation>App 证书；更安全的做法：用 $APP_CERTIFICATE、$AGORA_APP_CERTIFICATE、.env 文件或 --profile，以免它出现在进程列表和 shell 历史记录中。</translation>
    </message>
    <message>
        <source>A profile saved in the desktop app.</source>
        <translation>在桌面应用中保存的配置。</translation>
    </message>
    <message>
        <source>Read KEY=value settings from FILE (default: ./.env when present); variables already in the environment win.</source>
        <translation>从 FILE 读取 KEY=value 设置（默认：存在时读取 ./.env）；环境中已有的变量优先。</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1, this machine only). 0.0.0.0 lets phones on the LAN connect - and anyone else on that network.</source>
        <translation>监听地址（默认 127.0.0.1，仅本机）。0.0.0.0 允许局域网中的手机连接——该网络中的其他任何人也可以连接。</translation>
    </message>
    <message>
        <source>TCP port (default: $SERVER_PORT, else $PORT, else 8080; 0 = any free port).</source>
        <translation>TCP 端口（默认：$SERVER_PORT，否则 $PORT，否则 8080；0 = 任一空闲端口）。</translation>
    </message>
    <message>
        <source>&apos;*&apos; or comma-separated exact origins that browsers may call from (default: $CORS_ALLOW_ORIGIN; unset = only requests without an Origin header, as the original).</source>
        <translation>&apos;*&apos;，或允许浏览器发起调用的精确来源（用逗号分隔）（默认：$CORS_ALLOW_ORIGIN；未设置 = 只接受不带 Origin 头的请求，与原版相同）。</translation>
    </message>
    <message>
        <source>limits (none by default, as the community server)</source>
        <translation>限制（默认无限制，与社区版服务器相同）</translation>
    </message>
    <message>
        <source>Only issue tokens for channels matching GLOB (repeatable), e.g. &apos;qa-*&apos;.</source>
        <translation>只为匹配 GLOB 的频道签发 Token（可重复），例如 &apos;qa-*&apos;。</translation>
    </message>
    <message>
        <source>Only issue tokens for these uids, accounts or user ids (repeatable; uid 0 = any user must be listed to be allowed).</source>
        <translation>只为这些 uid、用户账号或用户 ID 签发 Token（可重复；uid 0 = 任意用户，须列出才允许）。</translation>
    </message>
    <message>
        <source>Refuse lifetimes longer than this (seconds, or 30m, 2h, 1d).</source>
        <translation>拒绝比此值更长的有效期（秒数，或 30m、2h、1d）。</translation>
    </message>
    <message>
        <source>Require &apos;Authorization: Bearer SECRET&apos; on token requests (or ${env}).</source>
        <translation>要求 Token 请求带有 &apos;Authorization: Bearer SECRET&apos;（或 ${env}）。</translation>
    </message>
    <message>
        <source>logging</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Also append each request to FILE as JSON Lines.</source>
        <translation>同时把每个请求以 JSON Lines 追加到 FILE。</translation>
    </message>
    <message>
        <source>Write whole tokens (and the request that rebuilds each) to --log; default: shortened.</source>
        <translation>向 --log 写入完整的 Token（以及可重新生成它的请求）；默认：缩短显示。</translation>
    </message>
    <message>
        <source>No line per request on the console.</source>
        <translation>不在控制台为每个请求输出一行。</translation>
    </message>
    <message>
        <source>--max-lifetime must be seconds or a duration such as 30m, 2h, 1d; got {value}.</source>
        <translation>--max-lifetime 必须是秒数或 30m、2h、1d 这样的时长；收到的是 {value}。</translation>
    </message>
    <message>
        <source>cannot open --log {file} ({reason}).</source>
        <translation>无法打开 --log {file}（{reason}）。</translation>
    </message>
    <message>
        <source>{prog} serve: stopped after {requests} request(s), {tokens} token(s) issued.</source>
        <translation>{prog} serve：已停止，共处理 {requests} 个请求，签发 {tokens} 个 Token。</translation>
    </message>
    <message>
        <source>{prog} serve: App ID {app_id} (from {app_id_source}), certificate from {certificate_source}.</source>
        <translation>{prog} serve：App ID {app_id}（来自 {app_id_source}），证书来自 {certificate_source}。</translation>
    </message>
    <message>
        <source>{prog} serve: token server at {urls} (process {pid}; Ctrl+C stops it)</source>
        <translation>{prog} serve：Token 服务器地址 {urls}（进程 {pid}；按 Ctrl+C 停止）</translation>
    </message>
    <message>
        <source>try: {command}</source>
        <translation>试试：{command}</translation>
    </message>
    <message>
        <source>channels {names}</source>
        <translation>频道 {names}</translation>
    </message>
    <message>
        <source>users {names}</source>
        <translation>用户 {names}</translation>
    </message>
    <message>
        <source>lifetime &lt;= {seconds} s</source>
        <translation>有效期 &lt;= {seconds} 秒</translation>
    </message>
    <message>
        <source>bearer secret required</source>
        <translation>需要 Bearer 密钥</translation>
    </message>
    <message>
        <source>limits: {details}</source>
        <translation>限制：{details}</translation>
    </message>
    <message>
        <source>requests without an Origin header only</source>
        <translation>仅接受不带 Origin 头的请求</translation>
    </message>
    <message>
        <source>CORS: {allowed}</source>
        <translation>CORS：{allowed}</translation>
    </message>
</context>
</TS>
