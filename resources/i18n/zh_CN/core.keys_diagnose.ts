<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>A reader token cannot write on the whiteboard</source>
        <translation>只读 Token 不能在白板上书写</translation>
    </message>
    <message>
        <source>The token is for another room or task</source>
        <translation>Token 属于另一个房间或任务</translation>
    </message>
    <message>
        <source>The stream key could not be checked</source>
        <translation>无法检查推流密钥</translation>
    </message>
    <message>
        <source>room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>The whiteboard token expired at {expired} (expireAt {ms} ms), before {moment}.</source>
        <translation>白板 Token 已于 {expired}（expireAt {ms} ms）过期，早于 {moment}。</translation>
    </message>
    <message>
        <source>Make a new token; whiteboard lifespans are milliseconds (3600000 = 1 h).</source>
        <translation>生成新的 Token；白板的有效时长以毫秒计（3600000 = 1 小时）。</translation>
    </message>
    <message>
        <source>The token&apos;s role is 2 (reader): it can watch the whiteboard but not write.</source>
        <translation>Token 的角色为 2（只读）：可以观看白板，但不能书写。</translation>
    </message>
    <message>
        <source>Make a writer (1) or admin (0) token for users who draw or edit.</source>
        <translation>为需要绘制或编辑的用户生成角色为可写（1）或管理员（0）的 Token。</translation>
    </message>
    <message>
        <source>An SDK token is valid for every room and task; no UUID to compare.</source>
        <translation>SDK Token 对所有房间和任务都有效；没有可比较的 UUID。</translation>
    </message>
    <message>
        <source>The token is for the {builder} {uuid!r}, not {wanted!r}.</source>
        <translation>Token 属于{builder} {uuid!r}，而不是 {wanted!r}。</translation>
    </message>
    <message>
        <source>Make the token with the {builder} UUID the app joins.</source>
        <translation>使用应用加入的{builder} UUID 生成 Token。</translation>
    </message>
    <message>
        <source>The Secret Access Key given did not sign this token. {note}</source>
        <translation>所填的 Secret Access Key 不是此 Token 的签名密钥。{note}</translation>
    </message>
    <message>
        <source>The Secret Access Key given did not sign this token.</source>
        <translation>所填的 Secret Access Key 不是此 Token 的签名密钥。</translation>
    </message>
    <message>
        <source>Use the SK that belongs to the token&apos;s Access Key ({ak}); both are in Agora Console &gt; Whiteboard.</source>
        <translation>使用与 Token 的 Access Key（{ak}）对应的 SK；二者都在声网控制台 &gt; 互动白板中。</translation>
    </message>
    <message>
        <source>No Secret Access Key given: the signature was not checked.</source>
        <translation>未提供 Secret Access Key：未校验签名。</translation>
    </message>
    <message>
        <source>A stream key is encrypted: give the App Certificate to check it.</source>
        <translation>推流密钥是加密的：请提供 App 证书以检查它。</translation>
    </message>
    <message>
        <source>Make the key with the App Certificate of the project whose ingest domain the stream goes to.</source>
        <translation>使用推流目标接入域名所属项目的 App 证书生成密钥。</translation>
    </message>
    <message>
        <source>The stream key expired at {expired}, before {moment}.</source>
        <translation>推流密钥已于 {expired} 过期，早于 {moment}。</translation>
    </message>
    <message>
        <source>Make a new key with a longer expires_after.</source>
        <translation>使用更长的 expires_after 生成新的密钥。</translation>
    </message>
    <message>
        <source>The stream key publishes to channel {channel!r}, not {wanted!r}.</source>
        <translation>推流密钥推流到频道 {channel!r}，而不是 {wanted!r}。</translation>
    </message>
    <message>
        <source>Make the key for the channel the audience joins.</source>
        <translation>为观众加入的频道生成密钥。</translation>
    </message>
    <message>
        <source>The stream key publishes as uid {uid!r}, not {wanted!r}.</source>
        <translation>推流密钥以 uid {uid!r} 推流，而不是 {wanted!r}。</translation>
    </message>
    <message>
        <source>Make the key for the host uid the app expects.</source>
        <translation>为应用期望的主播 uid 生成密钥。</translation>
    </message>
</context>
</TS>
