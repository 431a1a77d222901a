<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>media channel</source>
        <translation>媒体频道</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>public sharing</source>
        <translation>公开分享</translation>
    </message>
    <message>
        <source>in-channel permission</source>
        <translation>频道内权限</translation>
    </message>
    <message>
        <source>no upload</source>
        <translation>不允许上传</translation>
    </message>
    <message>
        <source>audio and video upload</source>
        <translation>允许上传音视频</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>未知角色</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>{above}
{below}</source>
        <translation>{above}
{below}</translation>
    </message>
    <message>
        <source>Allows {capability}.</source>
        <translation>允许{capability}。</translation>
    </message>
    <message>
        <source>Allows {capability}. {details}</source>
        <translation>允许{capability}。{details}</translation>
    </message>
    <message>
        <source>0 (no separate limit)</source>
        <translation>0（无单独限制）</translation>
    </message>
    <message>
        <source>A privilege value of 0 sets no limit of its own; the token expiry applies.</source>
        <translation>权限值为 0 表示不单独设限，以 Token 的过期时间为准。</translation>
    </message>
    <message>
        <source>{seconds} seconds after the issue time</source>
        <translation>签发时间之后 {seconds} 秒</translation>
    </message>
    <message>
        <source>{duration} after issue → {when}</source>
        <translation>签发后 {duration} → {when}</translation>
    </message>
    <message>
        <source>0 (never expires)</source>
        <translation>0（永不过期）</translation>
    </message>
    <message>
        <source>0 means no expiry by convention.</source>
        <translation>按惯例，0 表示永不过期。</translation>
    </message>
    <message>
        <source>&quot;&quot; (any user: uid 0, wildcard)</source>
        <translation>&quot;&quot;（任意用户：uid 0，通配）</translation>
    </message>
    <message>
        <source>Numeric uids are written as text; 0 as &quot;&quot;.</source>
        <translation>数字 uid 以字符串形式写入；0 写作 &quot;&quot;。</translation>
    </message>
    <message>
        <source>{role} (no role)</source>
        <translation>{role}（无角色）</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>privileges</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>service type {type}</source>
        <translation>服务类型 {type}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>channel_name</source>
        <translation>频道名</translation>
    </message>
    <message>
        <source>user_id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>room_uuid</source>
        <translation>房间 UUID</translation>
    </message>
    <message>
        <source>user_uuid</source>
        <translation>用户 UUID</translation>
    </message>
    <message>
        <source>unknown ({number})</source>
        <translation>未知（{number}）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>{seconds} s ({duration})</source>
        <translation>{seconds} 秒（{duration}）</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Salt</source>
        <translation>Salt</translation>
    </message>
    <message>
        <source>Services ({count})</source>
        <translation>服务（{count}）</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>未知服务</translation>
    </message>
    <message>
        <source>type {type}: {count} bytes not parsed (layout unknown; the signature still covers them)</source>
        <translation>类型 {type}：{count} 字节未解析（布局未知；签名仍覆盖这些字节）</translation>
    </message>
    <message>
        <source>Trailing bytes</source>
        <translation>尾随字节</translation>
    </message>
    <message>
        <source>{count} bytes after the services</source>
        <translation>服务之后还有 {count} 字节</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Expires (ts)</source>
        <translation>过期时间（ts）</translation>
    </message>
    <message>
        <source>CRC-32 of channel</source>
        <translation>频道名的 CRC-32</translation>
    </message>
    <message>
        <source>The channel name itself is not in the token; verify to check it.</source>
        <translation>Token 中不含频道名本身；请通过校验来核对。</translation>
    </message>
    <message>
        <source>CRC-32 of uid</source>
        <translation>uid 的 CRC-32</translation>
    </message>
    <message>
        <source>{crc} (uid &quot;&quot;, any user)</source>
        <translation>{crc}（uid &quot;&quot;，任意用户）</translation>
    </message>
    <message>
        <source>The uid itself is not in the token; verify to check it.</source>
        <translation>Token 中不含 uid 本身；请通过校验来核对。</translation>
    </message>
    <message>
        <source>Privileges ({count})</source>
        <translation>权限（{count}）</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机数</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>{value} ({meaning})</source>
        <translation>{value}（{meaning}）</translation>
    </message>
    <message>
        <source>Extra {key}</source>
        <translation>附加字段 {key}</translation>
    </message>
    <message>
        <source>HMAC-SHA1, upper-case hex</source>
        <translation>HMAC-SHA1，大写十六进制</translation>
    </message>
    <message>
        <source>{uid} (any user)</source>
        <translation>{uid}（任意用户）</translation>
    </message>
    <message>
        <source>never (DynamicKey v1 has no expiry)</source>
        <translation>永不过期（DynamicKey v1 没有过期时间）</translation>
    </message>
    <message>
        <source>not stored (ACS, ARS or APSS); verify to find out</source>
        <translation>未存储（ACS、ARS 或 APSS）；校验后即可得知</translation>
    </message>
    <message>
        <source>Effective expiry</source>
        <translation>实际过期时间</translation>
    </message>
    <message>
        <source>0 (never)</source>
        <translation>0（永不过期）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>{builder} token ({prefix})</source>
        <translation>{builder} Token（{prefix}）</translation>
    </message>
    <message>
        <source>Project-wide rights over every room and task: keep SDK tokens on servers.</source>
        <translation>对项目中所有房间和任务都有权限：SDK Token 只应保存在服务器上。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Access Key (AK)</source>
        <translation>Access Key（AK）</translation>
    </message>
    <message>
        <source>Public: it names the key pair, it is not secret.</source>
        <translation>公开信息：它标识密钥对，并非机密。</translation>
    </message>
    <message>
        <source>Room UUID</source>
        <translation>房间 UUID</translation>
    </message>
    <message>
        <source>Task UUID</source>
        <translation>任务 UUID</translation>
    </message>
    <message>
        <source>never (no expireAt; Agora advises against permanent tokens)</source>
        <translation>永不过期（没有 expireAt；声网不建议使用永久 Token）</translation>
    </message>
    <message>
        <source>Expires (expireAt)</source>
        <translation>过期时间（expireAt）</translation>
    </message>
    <message>
        <source>{ms} ms: {when}</source>
        <translation>{ms} ms：{when}</translation>
    </message>
    <message>
        <source>Whiteboard times are milliseconds since 1970, not seconds.</source>
        <translation>白板的时间是自 1970 年起的毫秒数，而不是秒数。</translation>
    </message>
    <message>
        <source>{nonce} (time-based: made about {when})</source>
        <translation>{nonce}（基于时间：约生成于 {when}）</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>sig: HMAC-SHA256 of the signed JSON under the Secret Access Key; give the SK to check it.</source>
        <translation>sig：用 Secret Access Key 对签名 JSON 计算的 HMAC-SHA256；提供 SK 即可校验。</translation>
    </message>
    <message>
        <source>Signed JSON</source>
        <translation>签名的 JSON</translation>
    </message>
    <message>
        <source>The text whose HMAC is sig.</source>
        <translation>其 HMAC 即为 sig 的文本。</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询串</translation>
    </message>
    <message>
        <source>The decoded token text, still percent-encoded.</source>
        <translation>解码后的 Token 文本，仍为百分号编码。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>16 random bytes in clear at the start of the key.</source>
        <translation>密钥开头的 16 个明文随机字节。</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>{total} bytes ({encrypted} encrypted)</source>
        <translation>{total} 字节（其中 {encrypted} 字节已加密）</translation>
    </message>
    <message>
        <source>Ciphertext</source>
        <translation>密文</translation>
    </message>
    <message>
        <source>AES-128-CTR under the App Certificate.</source>
        <translation>用 App 证书进行 AES-128-CTR 加密。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>encrypted: give the App Certificate to open it</source>
        <translation>已加密：请提供 App 证书以打开</translation>
    </message>
    <message>
        <source>A stream key has no prefix: it is shown as one because nothing else matched. Only opening it with the App Certificate tells.</source>
        <translation>推流密钥没有前缀：因为其他格式都不匹配，才将其显示为推流密钥。只有用 App 证书打开才能确定。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Host uid</source>
        <translation>主播 uid</translation>
    </message>
    <message>
        <source>{uid} (text)</source>
        <translation>{uid}（字符串）</translation>
    </message>
    <message>
        <source>{uid} (integer)</source>
        <translation>{uid}（整数）</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>default template</source>
        <translation>默认模板</translation>
    </message>
</context>
</TS>
